/**
 * importTemplate: CloudFormation / SAM template text (YAML or JSON) -> the config of one of its
 * CloudFront distributions, what could not be known, what was dropped, and where every config
 * value came from in the text. lintTemplate: config rules on that config plus template rules on
 * the raw template, every finding with a line and column.
 */
import { lint, lintTemplateRules, compareFindings } from '../lint';
import { formatPath, parseConfig, type ConfigPath } from '../model/parse';
import type { ApifrontConfig } from '../model/schema';
import type { CfnTemplate, Finding, TemplateInput, TemplateLocation } from '../rules/types';
import { mapDistribution, type DroppedProperty } from './map-distribution';
import { Resolver } from './resolve';
import { parseTemplateSource, type NodePath, type SourcePosition } from './source';

export type { DroppedProperty } from './map-distribution';

export interface ImportOptions {
  /** Shown in messages; `.json` also selects JSON. */
  fileName?: string;
  /** Logical ID of the distribution to map; default the first. */
  distribution?: string;
  /** The Region the stack deploys to, when known (resolves `AWS::Region`; AF107). */
  region?: string;
}

export interface ImportSuccess {
  ok: true;
  template: TemplateInput;
  /** Logical IDs of every AWS::CloudFront::Distribution, in template order. */
  distributions: string[];
  chosen: string;
  config: ApifrontConfig;
  /** Printed config paths whose values could not be known: rules stay quiet there. */
  unknownPaths: Set<string>;
  dropped: DroppedProperty[];
  /** Line and column of a template node. */
  locate: (path: NodePath) => SourcePosition | undefined;
  /** The template location a config path came from (nearest mapped ancestor). */
  locateConfigPath: (path: ConfigPath) => TemplateLocation | undefined;
  /** Every mapped config path (printed) -> the template location it came from. */
  configLocations: ReadonlyMap<string, TemplateLocation>;
}
export interface ImportFailure {
  ok: false;
  message: string;
  line?: number;
  column?: number;
}
export type ImportResult = ImportSuccess | ImportFailure;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parse the text and check it is a CloudFormation template; no distribution needed. */
export function readTemplate(text: string, options: ImportOptions = {}): { ok: true; input: TemplateInput; locate: (p: NodePath) => SourcePosition | undefined } | ImportFailure {
  const source = parseTemplateSource(text, options.fileName);
  if (!source.ok) return source;
  const value = source.value;
  if (!isRecord(value)) return { ok: false, message: 'not a CloudFormation template: the file is not a mapping of sections (Resources, Parameters ...)' };
  if (!isRecord(value.Resources)) {
    const hint = 'version' in value ? ' It looks like an apifront config; open it as a config instead.' : '';
    return { ok: false, message: `not a CloudFormation template: it has no "Resources" section.${hint}`, ...(source.locate([]) ?? {}) };
  }
  for (const [id, resource] of Object.entries(value.Resources)) {
    if (!isRecord(resource) || typeof resource.Type !== 'string') {
      const at = source.locate(['Resources', id]);
      return {
        ok: false,
        message: `resource ${id}${at ? ` (line ${at.line})` : ''} has no Type: every resource needs "Type: AWS::Service::Resource"`,
        ...(at ?? {}),
      };
    }
  }
  const input: TemplateInput = { template: value as CfnTemplate, locate: source.locate, ...(options.region ? { region: options.region } : {}) };
  return { ok: true, input, locate: source.locate };
}

/** Distribution logical IDs in template order. */
export function distributionIds(template: CfnTemplate): string[] {
  return Object.entries(template.Resources)
    .filter(([, r]) => isRecord(r) && r.Type === 'AWS::CloudFront::Distribution')
    .map(([id]) => id);
}

/** Template location (logical ID, property path below Properties, line, column) of a template node path. */
export function templateLocationOf(path: readonly (string | number)[], locate: (p: NodePath) => SourcePosition | undefined): TemplateLocation {
  const logicalId = String(path[1] ?? '');
  const propertyPath = path[2] === 'Properties' ? path.slice(3) : [];
  let position: SourcePosition | undefined;
  for (let n = path.length; n > 0 && !position; n--) position = locate(path.slice(0, n));
  return { logicalId, propertyPath, ...(position ?? {}) };
}

/**
 * Import a template: parse it, pick a distribution (`options.distribution` or the first) and map it
 * to a config. Never throws; a template that cannot be read gives a message with the line.
 */
export function importTemplate(text: string, options: ImportOptions = {}): ImportResult {
  const read = readTemplate(text, options);
  if (!read.ok) return read;
  return importRead(read, options);
}

export type ReadTemplate = Extract<ReturnType<typeof readTemplate>, { ok: true }>;

/** importTemplate on a template already read (console JSON builds one: console-json.ts). */
export function importRead(read: ReadTemplate, options: ImportOptions): ImportResult {
  const { input, locate } = read;
  const distributions = distributionIds(input.template);
  if (distributions.length === 0) {
    return { ok: false, message: 'the template has no AWS::CloudFront::Distribution resource, so there is nothing to open in the wizard' };
  }
  const chosen = options.distribution ?? (distributions[0] as string);
  if (!distributions.includes(chosen)) {
    return { ok: false, message: `there is no distribution "${chosen}"; the template has ${distributions.join(', ')}` };
  }
  const resolverOptions = options.region ? { region: options.region } : {};
  // Map from a copy with Fn::If branches chosen; template rules keep reading the raw template.
  const simplifier = new Resolver(input.template, resolverOptions);
  const simplified = { ...input.template, Resources: simplifier.simplify(input.template.Resources) as CfnTemplate['Resources'] };
  const resolver = new Resolver(simplified, resolverOptions);
  const mapped = mapDistribution(resolver, chosen);
  for (const name of simplifier.assumedConditions) {
    mapped.dropped.push({ path: `Conditions.${name}`, why: `condition ${name} cannot be evaluated before deploying; its "true" branch was imported` });
  }
  const parsed = parseConfig(mapped.input);
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => `${p.path || '(config)'}: ${p.message}`).join('; ');
    const at = locate(['Resources', chosen]);
    return { ok: false, message: `distribution ${chosen} could not be mapped to a config: ${problems}`, ...(at ?? {}) };
  }
  const locateConfigPath = (path: ConfigPath): TemplateLocation | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const source = mapped.sources.get(formatPath(path.slice(0, n)));
      if (source) return { ...templateLocationOf(source, locate), configPath: path };
    }
    return undefined;
  };
  return {
    ok: true,
    template: input,
    distributions,
    chosen,
    config: parsed.config,
    unknownPaths: mapped.unknownPaths,
    dropped: mapped.dropped,
    locate,
    locateConfigPath,
    configLocations: new Map([...mapped.sources].map(([path, source]) => [path, templateLocationOf(source, locate)])),
  };
}

export type LintTemplateResult =
  | { ok: true; findings: Finding[]; imported: ImportSuccess | undefined; note?: string }
  | ImportFailure;

/**
 * Lint a template: config rules on the chosen distribution's config (findings mapped back to the
 * template, quiet on unknown values) plus template-target rules on the raw template. A template
 * without a distribution still gets the template rules (Route 53 records, certificates ...).
 */
export function lintTemplate(text: string, options: ImportOptions = {}): LintTemplateResult {
  const read = readTemplate(text, options);
  if (!read.ok) return read;
  return lintRead(read, options);
}

/**
 * lintTemplate on a template already read; `adjust` may complete the imported config first (facts
 * from other files, such as the API's kind and stages for a console-built distribution).
 */
export function lintRead(read: ReadTemplate, options: ImportOptions, adjust?: (imported: ImportSuccess) => ImportSuccess): LintTemplateResult {
  const templateFindings = lintTemplateRules(read.input);
  const importedRaw = importRead(read, options);
  const imported = importedRaw.ok && adjust ? adjust(importedRaw) : importedRaw;
  if (!imported.ok) {
    if (distributionIds(read.input.template).length === 0) {
      return { ok: true, findings: templateFindings, imported: undefined, note: imported.message };
    }
    return imported;
  }
  const distId = imported.chosen;
  const configFindings = lint(imported.config, { unknownPaths: imported.unknownPaths }).map((f): Finding => {
    if (!('configPath' in f.location) || 'logicalId' in f.location) return f;
    const location = imported.locateConfigPath(f.location.configPath) ?? {
      ...templateLocationOf(['Resources', distId], imported.locate),
      configPath: f.location.configPath,
    };
    return { ...f, location };
  });
  // A rule that checks both sides reports the same problem twice; the template's own finding points
  // at the exact property, so it wins over the mapped config finding.
  const sameProblem = (c: Finding, t: Finding) => {
    if (c.rule !== t.rule || c.messageId !== t.messageId || !('logicalId' in t.location)) return false;
    const at = t.location.logicalId;
    return at === distId || ('logicalId' in c.location && c.location.logicalId === at);
  };
  const unique = configFindings.filter((c) => !templateFindings.some((t) => sameProblem(c, t)));
  return { ok: true, findings: [...unique, ...templateFindings].sort(compareFindings), imported };
}
