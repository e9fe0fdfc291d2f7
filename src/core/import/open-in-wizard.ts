/**
 * "Open in wizard" for an imported template. The import marks every config value it could not know
 * (a parameter without Default, an import, a Serverless variable, a resource attribute known after
 * deploying) and keeps a stand-in there so the template-side rules can run: `{ApiGatewayId}`,
 * `ZUNKNOWNZONE`, `unknown-1`. The wizard must not show those as if they were values (it would judge
 * its own placeholders, and a user could download them): text becomes an empty field to fill, and
 * every such field is listed with where it came from, so the wizard can mark it "from the template".
 */
import { formatPath } from '../location';
import type { ConfigPath } from '../model/parse';
import { configSchema, type ApifrontConfig } from '../model/schema';
import type { TemplateLocation } from '../rules/types';

export interface FieldFromTemplate {
  path: ConfigPath;
  /** `fill`: emptied, the user types the real value; `check`: a choice the template does not state. */
  action: 'fill' | 'check';
  /** The template's line for this value, when known. */
  line?: number;
  /** What the template names there, when it names something: a parameter, a resource attribute. */
  source?: string;
}

export interface WizardOpening {
  config: ApifrontConfig;
  fromTemplate: FieldFromTemplate[];
}

interface ImportedForWizard {
  config: ApifrontConfig;
  unknownPaths: ReadonlySet<string>;
  configLocations: ReadonlyMap<string, TemplateLocation>;
}

/** Internal names that only tie behaviors to origins: whatever the import chose is fine. */
const KEEP = [/^origins\[\d+\]\.id$/, /originId$/, /^distribution\.comment$/];

function parsePrinted(printed: string): (string | number)[] {
  return printed.split(/\.|(?=\[)/).map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
}

type Container = Record<string | number, unknown>;

function parentOf(config: unknown, path: readonly (string | number)[]): Container | undefined {
  let node: unknown = config;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Container)[key];
  }
  return typeof node === 'object' && node !== null ? (node as Container) : undefined;
}

/** The template line of a config path: its own source, or the nearest mapped ancestor's. */
function lineAt(path: readonly (string | number)[], locations: ReadonlyMap<string, TemplateLocation>): { line?: number } {
  for (let n = path.length; n > 0; n--) {
    const line = locations.get(formatPath(path.slice(0, n)))?.line;
    if (line !== undefined) return { line };
  }
  return {};
}

/** `{ApiGatewayId}.execute-api.{AWS::Region}...` -> `ApiGatewayId, AWS::Region`; stand-ins without braces name nothing. */
function namedSources(value: string): string | undefined {
  const names = [...value.matchAll(/\{([^{}]+)\}/g)].map((m) => (m[1] as string).replace(/^\$\{(.*)\}$/, '$1'));
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

export function openInWizard(imported: ImportedForWizard): WizardOpening {
  const config = structuredClone(imported.config);
  const fromTemplate: FieldFromTemplate[] = [];
  const unknown = [...imported.unknownPaths].filter((p) => !KEEP.some((re) => re.test(p))).sort();
  const emptied: { path: (string | number)[]; parent: Container; key: string | number; value: string }[] = [];
  for (const printed of unknown) {
    const path = parsePrinted(printed);
    const parent = parentOf(config, path);
    const key = path[path.length - 1] as string | number;
    if (!parent || !(key in parent)) continue;
    const value = parent[key];
    if (typeof value === 'string') {
      parent[key] = '';
      emptied.push({ path, parent, key, value });
    } else if (value !== null && typeof value !== 'object') {
      fromTemplate.push({ path, action: 'check', ...lineAt(path, imported.configLocations) });
    }
  }
  // A choice (REST or HTTP, the endpoint type) cannot be empty: it keeps the import's guess and is
  // marked to check. The schema says which emptied fields are choices.
  const rejected = new Set((configSchema.safeParse(config).error?.issues ?? []).map((i) => formatPath(i.path as (string | number)[])));
  for (const { path, parent, key, value } of emptied) {
    const where = lineAt(path, imported.configLocations);
    if (rejected.has(formatPath(path))) {
      parent[key] = value;
      fromTemplate.push({ path, action: 'check', ...where });
    } else {
      const source = namedSources(value);
      fromTemplate.push({ path, action: 'fill', ...where, ...(source ? { source } : {}) });
    }
  }
  // An origin path known only at deploy time next to an unknown stage is almost always `/${Stage}`:
  // the origin path follows the stage the user enters (instead of staying pinned empty), and the
  // stage's mark points at the OriginPath line it was read from.
  config.origins.forEach((origin, i) => {
    if (origin.type !== 'apigateway' || origin.api.customDomain || origin.originPath !== '') return;
    const stage = fromTemplate.find((f) => formatPath(f.path) === `origins[${i}].api.stage`);
    const originPath = fromTemplate.findIndex((f) => formatPath(f.path) === `origins[${i}].originPath`);
    // Only when the stage was read from `OriginPath: !Sub /${Stage}` (it names its source); an origin
    // path chosen by a condition, or with more after the stage, stays a field of its own to fill.
    if (!stage?.source || originPath < 0) return;
    delete origin.originPath;
    const [pathMark] = fromTemplate.splice(originPath, 1);
    if (pathMark?.line !== undefined) stage.line = pathMark.line;
  });
  return { config, fromTemplate };
}
