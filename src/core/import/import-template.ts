/**
 * importTemplate: CloudFormation / SAM template text (YAML or JSON) -> the config of one of its
 * CloudFront distributions, what could not be known, what was dropped, and where every config
 * value came from in the text. lintTemplate: config rules on that config plus template rules on
 * the raw template, every finding with a line and column.
 */
import { lint, lintTemplateRules, compareFindings } from '../lint';
import { assignments, mergeBranchFindings, MAX_BRANCH_CONDITIONS, type Assignment, type CheckedBranch } from './condition-branches';
import { formatPath, parseConfig, type ConfigPath } from '../model/parse';
import type { ApifrontConfig } from '../model/schema';
import type { CfnTemplate, Finding, TemplateInput, TemplateLocation } from '../rules/types';
import { mapDistribution, type DroppedProperty } from './map-distribution';
import { applySuppressions } from './suppressions';
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
  /** Conditions the mapping met that cannot be decided before deploying (and were not assumed). */
  undecidedConditions: string[];
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

/** Something the import could not map, assumed, or accepted leniently; printed next to the findings. */
export interface ImportNote {
  message: string;
  line?: number;
  column?: number;
}

type Read = { ok: true; input: TemplateInput; locate: (p: NodePath) => SourcePosition | undefined; notes: ImportNote[] };

const SERVERLESS_SECTIONS = ['Resources', 'Outputs', 'Conditions', 'Mappings', 'Parameters'];

/**
 * A Serverless Framework `serverless.yml`: its CloudFormation sits under `resources:` (a mapping,
 * or a list of them). The sections are lifted to the top, and `locate` maps template paths back.
 */
function serverlessTemplate(value: Record<string, unknown>, locate: (p: NodePath) => SourcePosition | undefined, notes: ImportNote[]): { template: Record<string, unknown>; locate: (p: NodePath) => SourcePosition | undefined } | undefined {
  const resources = value.resources;
  const parts = Array.isArray(resources) ? resources : [resources];
  const template: Record<string, unknown> = {};
  const origin = new Map<string, NodePath>();
  parts.forEach((part, i) => {
    const base: NodePath = Array.isArray(resources) ? ['resources', i] : ['resources'];
    if (typeof part === 'string') {
      notes.push({ message: `resources entry ${JSON.stringify(part)} is a Serverless variable (a file included at deploy time) and was not read`, ...(locate(base) ?? {}) });
      return;
    }
    if (!isRecord(part)) return;
    for (const section of SERVERLESS_SECTIONS) {
      const body = part[section];
      if (!isRecord(body)) continue;
      const merged = (template[section] ??= {}) as Record<string, unknown>;
      for (const [key, child] of Object.entries(body)) {
        merged[key] = child;
        origin.set(`${section}\u0000${key}`, [...base, section, key]);
      }
    }
  });
  if (!isRecord(template.Resources)) return undefined;
  const mapped = (path: NodePath): SourcePosition | undefined => {
    const from = origin.get(`${String(path[0])}\u0000${String(path[1])}`);
    return from ? locate([...from, ...path.slice(2)]) : locate(path);
  };
  notes.push({ message: 'Serverless Framework file: the template under resources: was checked; ${...} variables are unknown until deploy' });
  return { template, locate: mapped };
}

/**
 * Parse the text and check it is a CloudFormation template (or a Serverless Framework file with
 * `resources:`); no distribution needed. Fails only when the text is not YAML/JSON or has no
 * Resources; a resource without a Type is left out with a note.
 */
export function readTemplate(text: string, options: ImportOptions = {}): Read | ImportFailure {
  const source = parseTemplateSource(text, options.fileName);
  if (!source.ok) return source;
  const notes: ImportNote[] = source.warnings.map((w) => ({ ...w }));
  let value = source.value;
  let locate = source.locate;
  let flavor: TemplateInput['flavor'] = 'cloudformation';
  if (!isRecord(value)) return { ok: false, message: 'not a CloudFormation template: the file is not a mapping of sections (Resources, Parameters ...)' };
  if (!isRecord(value.Resources) && value.resources !== undefined) {
    const lifted = serverlessTemplate(value, locate, notes);
    if (lifted) {
      value = lifted.template;
      locate = lifted.locate;
      flavor = 'serverless';
    }
  }
  if (!isRecord(value) || !isRecord(value.Resources)) {
    const hint = isRecord(value) && 'version' in value ? ' It looks like an apifront config; open it as a config instead.' : '';
    return { ok: false, message: `not a CloudFormation template: it has no "Resources" section.${hint}`, ...(source.locate([]) ?? {}) };
  }
  const resources: Record<string, unknown> = {};
  for (const [id, resource] of Object.entries(value.Resources)) {
    if (isRecord(resource) && typeof resource.Type === 'string') {
      resources[id] = resource;
      continue;
    }
    const at = locate(['Resources', id]);
    notes.push({ message: `resource ${id} has no Type ("Type: AWS::Service::Resource"); it was left out`, ...(at ?? {}) });
  }
  const template = { ...value, Resources: resources } as CfnTemplate;
  const input: TemplateInput = { template, locate, flavor, ...(options.region ? { region: options.region } : {}) };
  return { ok: true, input, locate, notes };
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
  return { kind: 'template', logicalId, propertyPath, ...(position ?? {}) };
}

/**
 * Why the chosen distribution may not exist: its `Condition` is false with the parameter defaults,
 * or cannot be decided here (defined in another file, as in a Serverless resources file, or resting
 * on deploy-time values). The rules still check it as if it were created.
 */
function distributionCondition(template: CfnTemplate, logicalId: string, resolver: Resolver): string | undefined {
  const resource = template.Resources[logicalId];
  const name = isRecord(resource) && typeof resource.Condition === 'string' ? resource.Condition : undefined;
  if (name === undefined) return undefined;
  const value = resolver.condition(name);
  if (!value.known) return `the distribution exists only when condition ${name} is true, which cannot be decided here (${value.reason}); it was checked as if it were`;
  return value.value ? undefined : `condition ${name} is false with the parameter defaults, so the distribution is not created with them; it was checked as if it were`;
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

export type ReadTemplate = Read;

/**
 * importTemplate on a template already read (console JSON builds one: console-json.ts).
 * `conditions` gives values to conditions that cannot be decided, to map one branch of the template.
 */
export function importRead(read: Read, options: ImportOptions, conditions?: ReadonlyMap<string, boolean>): ImportResult {
  const { input, locate } = read;
  const distributions = distributionIds(input.template);
  if (distributions.length === 0) {
    return { ok: false, message: 'the template has no AWS::CloudFront::Distribution resource, so there is nothing to open in the wizard' };
  }
  const chosen = options.distribution ?? (distributions[0] as string);
  if (!distributions.includes(chosen)) {
    return { ok: false, message: `there is no distribution "${chosen}"; the template has ${distributions.join(', ')}` };
  }
  const resolverOptions = { ...(options.region ? { region: options.region } : {}), ...(conditions ? { conditions } : {}) };
  // Map from a copy with Fn::If branches chosen; template rules keep reading the raw template.
  const simplifier = new Resolver(input.template, resolverOptions);
  const simplified = { ...input.template, Resources: simplifier.simplify(input.template.Resources) as CfnTemplate['Resources'] };
  const resolver = new Resolver(simplified, resolverOptions);
  const mapped = mapDistribution(resolver, chosen);
  for (const name of simplifier.assumedConditions) {
    mapped.dropped.push({ path: `Conditions.${name}`, why: `condition ${name} cannot be evaluated before deploying; its "true" branch was imported` });
  }
  const resourceCondition = distributionCondition(input.template, chosen, simplifier);
  if (resourceCondition) mapped.dropped.push({ path: `Resources.${chosen}.Condition`, why: resourceCondition });
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
    undecidedConditions: [...new Set([...simplifier.undecided, ...resolver.undecided])],
  };
}

export type LintTemplateResult =
  | {
      ok: true;
      findings: Finding[];
      imported: ImportSuccess | undefined;
      /** Why config rules did not run (no distribution, a distribution that could not be mapped). */
      note?: string;
      /** Everything the reader and the import want the author to know, in line order. */
      notes: ImportNote[];
    }
  | ImportFailure;

/** Notes from the mapping: what was dropped, assumed or not supported, located where possible. */
function mappingNotes(imported: ImportSuccess): ImportNote[] {
  return imported.dropped.map((d) => {
    const parts = d.path.split('.');
    const at = parts[0] === 'Resources' ? templateLocationOf(parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), imported.locate) : undefined;
    return { message: `${d.path}: ${d.why}`, ...(at?.line !== undefined ? { line: at.line, column: at.column } : {}) };
  });
}

/**
 * Lint a template: config rules on the chosen distribution's config (findings mapped back to the
 * template, quiet on unknown values) plus template-target rules on the raw template. Never stops
 * at the mapping: a template without a distribution, or one that cannot be mapped, still gets the
 * template rules, and the reason is a note.
 */
export function lintTemplate(text: string, options: ImportOptions = {}): LintTemplateResult {
  const read = readTemplate(text, options);
  if (!read.ok) return read;
  const result = lintRead(read, options);
  if (!result.ok) return result;
  const { kept, suppressed } = applySuppressions(read.input.template, result.findings);
  if (suppressed === 0) return result;
  const note = { message: `${suppressed} finding${suppressed === 1 ? '' : 's'} silenced by Metadata.apifront.ignore` };
  return { ...result, findings: kept, notes: [...result.notes, note] };
}

/**
 * lintTemplate on a template already read; `adjust` may complete the imported config first (facts
 * from other files, such as the API's kind and stages for a console-built distribution).
 */
export function lintRead(read: Read, options: ImportOptions, adjust?: (imported: ImportSuccess) => ImportSuccess): LintTemplateResult {
  const templateFindings = lintTemplateRules(read.input);
  const notes = [...read.notes];
  const importBranch = (conditions?: Assignment): ImportResult => {
    const raw = importRead(read, options, conditions);
    return raw.ok && adjust ? adjust(raw) : raw;
  };
  const first = importBranch();
  if (!first.ok) {
    if (options.distribution !== undefined && !distributionIds(read.input.template).includes(options.distribution)) return first;
    notes.push({ message: `${first.message}; only the template rules ran`, ...(first.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
    return { ok: true, findings: templateFindings, imported: undefined, note: first.message, notes: sortNotes(notes) };
  }
  const { imported, configFindings, branchNotes } = checkEachBranch(first, importBranch, templateFindings);
  notes.push(...mappingNotes(imported), ...branchNotes);
  if (imported.distributions.length > 1) {
    notes.push({ message: `${imported.distributions.length} distributions (${imported.distributions.join(', ')}); config rules checked ${imported.chosen}` });
  }
  return { ok: true, findings: [...configFindings, ...templateFindings].sort(compareFindings), imported, notes: sortNotes(notes) };
}

/**
 * The config rules on the mapped distribution; with conditions that cannot be decided, on each
 * branch, merged so a finding of some branches names them. Only conditions that change the mapped
 * distribution count (a Lambda's memory size under IsProd does not), conditions met only inside
 * another branch are found by mapping the branches, and branches that map to the same config are
 * checked once. The result keeps the import without assumptions, so "Open in wizard" still marks
 * each value a condition chooses.
 */
function checkEachBranch(
  first: ImportSuccess,
  importBranch: (conditions?: Assignment) => ImportResult,
  templateFindings: Finding[],
): { imported: ImportSuccess; configFindings: Finding[]; branchNotes: ImportNote[] } {
  const plain = { imported: first, configFindings: configFindingsOf(first, templateFindings) };
  // Conditions met by the mapping, including those inside a branch of another (bounded rounds).
  const met = new Set(first.undecidedConditions);
  for (let round = 0; round < MAX_BRANCH_CONDITIONS && met.size <= 2 * MAX_BRANCH_CONDITIONS; round++) {
    const before = met.size;
    for (const conditions of assignments([...met])) {
      const branch = importBranch(conditions);
      if (branch.ok) for (const name of branch.undecidedConditions) met.add(name);
    }
    if (met.size === before) break;
  }
  if (met.size === 0) return { ...plain, branchNotes: [] };
  if (met.size > 2 * MAX_BRANCH_CONDITIONS) {
    return { ...plain, branchNotes: [{ message: `${met.size} conditions that cannot be decided before deploying (${[...met].join(', ')}); too many to check each branch: a choice between whole values took its true branch, a choice of one value stays unknown` }] };
  }
  // A condition matters when flipping it changes the mapped distribution for some values of the others
  // (IsStaging matters only when IsProd is false).
  const all = [...met];
  const mapped = new Map(assignments(all).map((a) => [all.map((n) => (a.get(n) ? 1 : 0)).join(''), importBranch(a)]));
  const configKey = (r: ImportResult | undefined) => (r?.ok ? JSON.stringify(r.config) : r?.message);
  const names = all.filter((_name, i) =>
    [...mapped].some(([bits, result]) => bits[i] === '1' && configKey(result) !== configKey(mapped.get(`${bits.slice(0, i)}0${bits.slice(i + 1)}`))),
  );
  const line = (name: string) => {
    const at = first.locate(['Conditions', name])?.line;
    return at !== undefined ? { line: at, column: 1 } : {};
  };
  if (names.length === 0) return { ...plain, branchNotes: [] };
  if (names.length > MAX_BRANCH_CONDITIONS) {
    return {
      ...plain,
      branchNotes: [{ message: `${names.length} conditions that cannot be decided before deploying change the distribution (${names.join(', ')}); more than ${MAX_BRANCH_CONDITIONS} to check each branch: a choice between whole values took its true branch, a choice of one value stays unknown` }],
    };
  }
  const checked: CheckedBranch[] = [];
  const findingsByConfig = new Map<string, Finding[]>();
  const branchNotes: ImportNote[] = [];
  // The conditions that do not matter stay true, so they leave nothing unknown either.
  const rest = all.filter((n) => !names.includes(n)).map((n): [string, boolean] => [n, true]);
  for (const conditions of assignments(names)) {
    const branch = importBranch(new Map([...rest, ...conditions]));
    if (!branch.ok) {
      branchNotes.push({ message: `when ${[...conditions].map(([n, v]) => `${n} is ${v}`).join(' and ')}: ${branch.message}; that branch was not checked` });
      continue;
    }
    // Conditions that depend on each other give the same distribution more than once: lint it once.
    const key = JSON.stringify(branch.config);
    const findings = findingsByConfig.get(key) ?? configFindingsOf(branch, templateFindings);
    findingsByConfig.set(key, findings);
    checked.push({ conditions, config: branch.config, findings });
  }
  if (checked.length === 0) return { ...plain, branchNotes };
  for (const name of names) {
    branchNotes.push({
      message: `Conditions.${name}: cannot be decided before deploying; the config rules checked ${checked.length} branches, and a finding that holds on some only says when`,
      ...line(name),
    });
  }
  return { imported: first, configFindings: mergeBranchFindings(checked), branchNotes };
}

/** Config findings of one mapped distribution, located in the template, without the template rules' repeats. */
function configFindingsOf(imported: ImportSuccess, templateFindings: Finding[]): Finding[] {
  const distId = imported.chosen;
  const configFindings = lint(imported.config, { unknownPaths: imported.unknownPaths }).map((f): Finding => {
    if (f.location.kind !== 'config') return f;
    const location = imported.locateConfigPath(f.location.configPath) ?? {
      ...templateLocationOf(['Resources', distId], imported.locate),
      configPath: f.location.configPath,
    };
    return { ...f, location };
  });
  // A rule that checks both sides reports the same problem twice; the template's own finding points
  // at the exact property, so it wins over the mapped config finding.
  const sameProblem = (c: Finding, t: Finding) => {
    if (c.rule !== t.rule || c.messageId !== t.messageId || t.location.kind !== 'template') return false;
    const at = t.location.logicalId;
    return at === distId || (c.location.kind === 'template' && c.location.logicalId === at);
  };
  return configFindings.filter((c) => !templateFindings.some((t) => sameProblem(c, t)));
}

function sortNotes(notes: ImportNote[]): ImportNote[] {
  return notes.map((n, i) => ({ n, i })).sort((a, b) => (a.n.line ?? 0) - (b.n.line ?? 0) || a.i - b.i).map(({ n }) => n);
}
