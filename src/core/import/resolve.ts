/**
 * A small symbolic evaluator for CloudFormation intrinsics. A value resolves to text made of literal
 * pieces and references to resources (`{ ref: 'Api' }`, `{ ref: 'Dist', attr: 'DomainName' }`), so
 * `!Sub ${Api}.execute-api.${AWS::Region}.amazonaws.com` and CDK's `Fn::Join` arrays both become
 * `[{ref:'Api'}, '.execute-api.', {ref:'AWS::Region'}, '.amazonaws.com']` and can be matched back to
 * the API resource. Parameters resolve to their Default. A piece that is known only at deploy time
 * is a hole in the text (`hole` says why: a parameter without Default, `Fn::ImportValue`, a
 * Serverless `${self:...}` variable, a `{{resolve:...}}` dynamic reference), so
 * `<?>.execute-api.<?>.amazonaws.com` is still an API Gateway host. What cannot be evaluated at all
 * (an undecidable condition choosing between values) resolves to `unknown` with the reason.
 */
import type { CfnTemplate } from '../model/cfn-template';

/** Why a piece of text is known only at deploy time. */
export type HoleKind = 'parameter' | 'import' | 'variable' | 'dynamic-reference';
export type SymRef = { ref: string; attr?: string; hole?: HoleKind };
export type SymPart = string | SymRef;
export type Sym = SymPart[];
export type Resolved<T> = { known: true; value: T } | { known: false; reason: string };

const unknown = (reason: string): { known: false; reason: string } => ({ known: false, reason });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ Ref }` / `{ 'Fn::X' }` / `{ Condition }`: its function name and argument, else undefined. */
export function intrinsicOf(value: unknown): { fn: string; arg: unknown } | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const fn = keys[0] as string;
  if (fn !== 'Ref' && fn !== 'Condition' && !fn.startsWith('Fn::')) return undefined;
  return { fn, arg: value[fn] };
}

/**
 * Values that exist only after deploying are written as `{LogicalId}` / `{AWS::Region}`: messages
 * then read `{Api}.execute-api.{AWS::Region}.amazonaws.com`, and the wizard asks for the real value.
 */
export const placeholder = (name: string): string => `{${name}}`;

/** Marks a value removed by `!Ref AWS::NoValue`. */
const NO_VALUE = Symbol('AWS::NoValue');

const PSEUDO_LITERALS: Record<string, string> = { 'AWS::URLSuffix': 'amazonaws.com', 'AWS::Partition': 'aws' };
const MAX_DEPTH = 40;

export interface ResolverOptions {
  /** The stack's Region, when the caller knows it; otherwise `AWS::Region` stays symbolic. */
  region?: string;
  /**
   * Values for conditions that cannot be decided before deploying, to check one branch of the
   * template at a time. A condition that can be decided ignores this.
   */
  conditions?: ReadonlyMap<string, boolean>;
}

/** Resolves template values; one instance per template. */
export class Resolver {
  readonly template: CfnTemplate;
  private readonly options: ResolverOptions;
  /** Refs that name neither a parameter, a resource nor a pseudo parameter (reported once each). */
  readonly danglingRefs = new Set<string>();

  constructor(template: CfnTemplate, options: ResolverOptions = {}) {
    this.template = template;
    this.options = options;
  }

  resourceType(logicalId: string): string | undefined {
    const resource = this.template.Resources[logicalId];
    return isRecord(resource) && typeof resource.Type === 'string' ? resource.Type : undefined;
  }

  resourceProperties(logicalId: string): Record<string, unknown> {
    const resource = this.template.Resources[logicalId];
    return isRecord(resource) && isRecord(resource.Properties) ? resource.Properties : {};
  }

  /** Symbolic text of a value (literal pieces and resource references). */
  sym(value: unknown, depth = 0): Resolved<Sym> {
    if (depth > MAX_DEPTH) return unknown('the expression is nested too deeply (a circular reference?)');
    if (typeof value === 'string') return { known: true, value: placeholderHoles(value) };
    if (typeof value === 'number' || typeof value === 'boolean') return { known: true, value: [String(value)] };
    const intrinsic = intrinsicOf(value);
    if (!intrinsic) return unknown('not a text value');
    const { fn, arg } = intrinsic;
    switch (fn) {
      case 'Ref':
        return typeof arg === 'string' ? this.ref(arg, depth) : unknown('Ref needs a name');
      case 'Fn::GetAtt': {
        const parts = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split(/\.(.*)/s, 2) : [];
        const [id, attr] = parts;
        if (typeof id !== 'string' || typeof attr !== 'string') return unknown('Fn::GetAtt needs [resource, attribute]');
        const type = this.resourceType(id);
        if (!type) return this.dangling(id);
        // An HTTP API's ApiEndpoint is `https://{id}.execute-api.{region}.amazonaws.com`: spell it out
        // so `!Select [2, !Split ['/', !GetAtt HttpApi.ApiEndpoint]]` resolves to the host.
        if (attr === 'ApiEndpoint' && (type === 'AWS::ApiGatewayV2::Api' || type === 'AWS::Serverless::HttpApi')) {
          const region = this.ref('AWS::Region', depth + 1);
          const regionPart = region.known ? region.value : [{ ref: 'AWS::Region' }];
          return { known: true, value: normalise(['https://', { ref: id }, '.execute-api.', ...regionPart, '.amazonaws.com']) };
        }
        return { known: true, value: [{ ref: id, attr }] };
      }
      case 'Fn::Sub':
        return this.sub(arg, depth);
      case 'Fn::Join': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return unknown('Fn::Join needs [delimiter, list]');
        const items = this.list(arg[1], depth + 1);
        if (!items.known) return items;
        const out: Sym = [];
        items.value.forEach((item, i) => {
          if (i > 0) out.push(arg[0] as string);
          out.push(...item);
        });
        return { known: true, value: normalise(out) };
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg)) return unknown('Fn::Select needs [index, list]');
        const index = this.literal(arg[0], depth + 1);
        if (!index.known) return index;
        const items = this.list(arg[1], depth + 1);
        if (!items.known) return items;
        const item = items.value[Number(index.value)];
        return item ? { known: true, value: item } : unknown(`Fn::Select index ${index.value} is out of range`);
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return unknown('Fn::If needs [condition, then, else]');
        const cond = this.condition(arg[0], depth + 1);
        if (!cond.known) return cond;
        return this.sym(cond.value ? arg[1] : arg[2], depth + 1);
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(arg) || arg.length < 3) return unknown('Fn::FindInMap needs [map, key, key]');
        const keys = arg.slice(0, 3).map((k) => this.literal(k, depth + 1));
        const bad = keys.find((k) => !k.known);
        if (bad && !bad.known) return bad;
        const [m, k1, k2] = keys.map((k) => (k.known ? k.value : ''));
        const found = isRecord(this.template.Mappings) ? getPath(this.template.Mappings, [m ?? '', k1 ?? '', k2 ?? '']) : undefined;
        return found === undefined ? unknown(`Fn::FindInMap: ${m}.${k1}.${k2} is not in Mappings`) : this.sym(found, depth + 1);
      }
      case 'Fn::ImportValue': {
        const name = this.literal(arg, depth + 1);
        return { known: true, value: [{ ref: `ImportValue ${name.known ? name.value : '(computed name)'}`, hole: 'import' }] };
      }
      default:
        return unknown(`${fn} cannot be evaluated without deploying`);
    }
  }

  /** A value known as plain text (every piece literal), or unknown. */
  literal(value: unknown, depth = 0): Resolved<string> {
    const s = this.sym(value, depth);
    if (!s.known) return s;
    if (s.value.every((p) => typeof p === 'string')) return { known: true, value: s.value.join('') };
    const ref = s.value.find((p) => typeof p !== 'string') as SymRef;
    return unknown(holeReason(ref));
  }

  /** A number (numeric strings count). */
  number(value: unknown): Resolved<number> {
    if (typeof value === 'number') return { known: true, value };
    const s = this.literal(value);
    if (!s.known) return s;
    const n = Number(s.value);
    return s.value.trim() !== '' && Number.isFinite(n) ? { known: true, value: n } : unknown(`"${s.value}" is not a number`);
  }

  /** A boolean (`"true"` / `"false"` strings count, as parameters give them). */
  boolean(value: unknown): Resolved<boolean> {
    if (typeof value === 'boolean') return { known: true, value };
    const s = this.literal(value);
    if (!s.known) return s;
    const lower = s.value.toLowerCase();
    return lower === 'true' || lower === 'false' ? { known: true, value: lower === 'true' } : unknown(`"${s.value}" is not true or false`);
  }

  /** A list of symbolic items: a literal array, `Fn::Split`, a CommaDelimitedList parameter. */
  list(value: unknown, depth = 0): Resolved<Sym[]> {
    if (depth > MAX_DEPTH) return unknown('the expression is nested too deeply (a circular reference?)');
    if (Array.isArray(value)) {
      const out: Sym[] = [];
      for (const item of value) {
        const s = this.sym(item, depth + 1);
        if (!s.known) return s;
        out.push(s.value);
      }
      return { known: true, value: out };
    }
    const intrinsic = intrinsicOf(value);
    if (intrinsic?.fn === 'Fn::Split') {
      const arg = intrinsic.arg;
      if (!Array.isArray(arg) || typeof arg[0] !== 'string' || arg[0] === '') return unknown('Fn::Split needs [delimiter, text]');
      const source = this.sym(arg[1], depth + 1);
      if (!source.known) return source;
      return { known: true, value: splitSym(source.value, arg[0]) };
    }
    if (intrinsic?.fn === 'Ref' && typeof intrinsic.arg === 'string') {
      const param = this.template.Parameters?.[intrinsic.arg];
      if (param) {
        const text = this.ref(intrinsic.arg, depth);
        if (!text.known) return text;
        return { known: true, value: splitSym(text.value, ',').map((s) => s.map((p) => (typeof p === 'string' ? p.trim() : p))) };
      }
    }
    if (intrinsic?.fn === 'Fn::If') {
      const arg = intrinsic.arg;
      if (!Array.isArray(arg) || typeof arg[0] !== 'string') return unknown('Fn::If needs [condition, then, else]');
      const cond = this.condition(arg[0], depth + 1);
      if (!cond.known) return cond;
      return this.list(cond.value ? arg[1] : arg[2], depth + 1);
    }
    if (intrinsic?.fn === 'Fn::GetAZs') return unknown('Fn::GetAZs depends on the account and Region');
    return unknown('not a list');
  }

  /** Evaluate a named condition (Fn::Equals / Not / And / Or / Condition over resolvable values). */
  condition(name: string, depth = 0): Resolved<boolean> {
    const conditions = isRecord(this.template.Conditions) ? this.template.Conditions : {};
    if (!Object.hasOwn(conditions, name)) return unknown(`condition ${name} is not defined in Conditions`);
    const value = this.conditionValue(conditions[name], depth + 1);
    if (value.known) return value;
    const assumed = this.options.conditions?.get(name);
    if (assumed !== undefined) return { known: true, value: assumed };
    this.undecided.add(name);
    return value;
  }

  /** Named conditions that could not be decided (and had no assumed value) while resolving. */
  readonly undecided = new Set<string>();

  private conditionValue(value: unknown, depth: number): Resolved<boolean> {
    if (depth > MAX_DEPTH) return unknown('conditions refer to each other in a circle');
    if (typeof value === 'boolean') return { known: true, value };
    const intrinsic = intrinsicOf(value);
    if (!intrinsic) return unknown('not a condition');
    const args = Array.isArray(intrinsic.arg) ? intrinsic.arg : [];
    switch (intrinsic.fn) {
      case 'Condition':
        return typeof intrinsic.arg === 'string' ? this.condition(intrinsic.arg, depth + 1) : unknown('Condition needs a name');
      case 'Fn::Equals': {
        const [a, b] = args.map((x) => this.literal(x, depth + 1));
        if (!a || !b) return unknown('Fn::Equals needs two values');
        if (!a.known) return a;
        if (!b.known) return b;
        return { known: true, value: a.value === b.value };
      }
      case 'Fn::Not': {
        const inner = this.conditionValue(args[0], depth + 1);
        return inner.known ? { known: true, value: !inner.value } : inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const values = args.map((x) => this.conditionValue(x, depth + 1));
        const missing = values.find((v) => !v.known);
        if (missing) return missing;
        const bools = values.map((v) => v.known && v.value);
        return { known: true, value: intrinsic.fn === 'Fn::And' ? bools.every(Boolean) : bools.some(Boolean) };
      }
      default:
        return unknown(`${intrinsic.fn} is not a condition function`);
    }
  }

  /**
   * A copy of `value` with every `Fn::If` replaced by its chosen branch and `!Ref AWS::NoValue`
   * removed, so the importer reads plain properties. A condition that cannot be evaluated takes the
   * "then" branch and is listed in `assumedConditions`.
   */
  simplify(value: unknown, depth = 0): unknown {
    if (depth > 200 || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((v) => this.simplify(v, depth + 1)).filter((v) => v !== NO_VALUE);
    const intrinsic = intrinsicOf(value);
    if (intrinsic?.fn === 'Ref' && intrinsic.arg === 'AWS::NoValue') return NO_VALUE;
    if (intrinsic?.fn === 'Fn::If' && Array.isArray(intrinsic.arg) && typeof intrinsic.arg[0] === 'string') {
      const cond = this.condition(intrinsic.arg[0]);
      if (cond.known) return this.simplify(cond.value ? intrinsic.arg[1] : intrinsic.arg[2], depth + 1);
      // Unknown: a scalar choice stays an Fn::If (it resolves to "unknown" where it is read); a
      // choice between whole objects or lists takes the "then" branch so the structure can be read.
      const structural = typeof intrinsic.arg[1] === 'object' && intrinsic.arg[1] !== null && intrinsicOf(intrinsic.arg[1]) === undefined;
      if (!structural) return value;
      this.assumedConditions.add(intrinsic.arg[0]);
      return this.simplify(intrinsic.arg[1], depth + 1);
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const simple = this.simplify(child, depth + 1);
      if (simple !== NO_VALUE) out[key] = simple;
    }
    return out;
  }

  /** Conditions `simplify` could not evaluate (it took their "then" branch). */
  readonly assumedConditions = new Set<string>();

  private ref(name: string, depth: number): Resolved<Sym> {
    const param = this.template.Parameters?.[name];
    if (param) {
      if (param.Default === undefined) return { known: true, value: [{ ref: name, hole: 'parameter' }] };
      return this.sym(param.Default, depth + 1);
    }
    if (name in PSEUDO_LITERALS) return { known: true, value: [PSEUDO_LITERALS[name] as string] };
    if (name === 'AWS::Region' && this.options.region) return { known: true, value: [this.options.region] };
    if (name.startsWith('AWS::')) return { known: true, value: [{ ref: name }] };
    const type = this.resourceType(name);
    if (!type) {
      // Kept symbolic (tools such as SAM and the Serverless Framework add resources the text refers
      // to), and listed so the importer can say so.
      this.danglingRefs.add(name);
      return { known: true, value: [{ ref: name }] };
    }
    // Ref of a stage is its name, which the template states: resolve it so `/${Stage}` is literal.
    if (type === 'AWS::ApiGateway::Stage' || type === 'AWS::ApiGatewayV2::Stage') {
      const stageName = this.resourceProperties(name).StageName;
      if (stageName !== undefined) return this.sym(stageName, depth + 1);
    }
    return { known: true, value: [{ ref: name }] };
  }

  private dangling(name: string): Resolved<Sym> {
    this.danglingRefs.add(name);
    return unknown(`${name} is not a parameter or resource of this template`);
  }

  private sub(arg: unknown, depth: number): Resolved<Sym> {
    const [text, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
    if (typeof text !== 'string') return unknown('Fn::Sub needs a string');
    const variables = isRecord(vars) ? vars : {};
    const out: Sym = [];
    const pattern = /\$\{([^}]*)\}/g;
    let last = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      out.push(text.slice(last, m.index));
      last = m.index + m[0].length;
      const name = (m[1] ?? '').trim();
      if (name.startsWith('!')) {
        out.push(`\${${name.slice(1)}}`);
        continue;
      }
      let part: Resolved<Sym>;
      if (Object.hasOwn(variables, name)) part = this.sym(variables[name], depth + 1);
      else if (SERVERLESS_SOURCE.test(name)) part = { known: true, value: [{ ref: `\${${name}}`, hole: 'variable' }] };
      else if (name.includes('.') && !name.startsWith('AWS::')) {
        const [id, attr] = name.split(/\.(.*)/s, 2) as [string, string];
        part = this.resourceType(id) ? { known: true, value: [{ ref: id, attr }] } : this.dangling(id);
      } else part = this.ref(name, depth + 1);
      if (!part.known) return part;
      out.push(...part.value);
    }
    out.push(text.slice(last));
    return { known: true, value: normalise(out) };
  }
}

/** A Serverless Framework variable source: `${self:...}`, `${opt:stage}`, `${file(./x.yml)}` ... */
const SERVERLESS_SOURCE = /^(self|opt|env|param|sls|ssm|cf|s3|aws|file|git|strToBool|sst)\s*[:(]/;

/**
 * A literal string with its deploy-time placeholders as holes: Serverless variables
 * (`${self:custom.domain}`, nested ones included) and dynamic references (`{{resolve:ssm:/x}}`).
 */
export function placeholderHoles(text: string): Sym {
  if (!text.includes('${') && !text.includes('{{resolve:')) return [text];
  const out: Sym = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('{{resolve:', i)) {
      const end = text.indexOf('}}', i);
      if (end < 0) break;
      out.push(literal, { ref: text.slice(i, end + 2), hole: 'dynamic-reference' });
      literal = '';
      i = end + 2;
      continue;
    }
    if (text.startsWith('${', i) && SERVERLESS_SOURCE.test(text.slice(i + 2))) {
      // Nested variables (`${self:custom.${opt:stage}}`): find the matching brace.
      let depth = 0;
      let end = i;
      for (; end < text.length; end++) {
        if (text.startsWith('${', end)) depth++;
        else if (text[end] === '}' && --depth === 0) break;
      }
      if (end >= text.length) break;
      out.push(literal, { ref: text.slice(i, end + 1), hole: 'variable' });
      literal = '';
      i = end + 1;
      continue;
    }
    literal += text[i];
    i++;
  }
  out.push(literal + text.slice(i));
  return normalise(out);
}

/** Why text with this piece is not known before deploying. */
export function holeReason(ref: SymRef): string {
  switch (ref.hole) {
    case 'parameter':
      return `parameter ${ref.ref} has no Default`;
    case 'import':
      return `${ref.ref} is imported from another stack (Fn::ImportValue)`;
    case 'variable':
      return `${ref.ref} is a Serverless Framework variable, known only at deploy time`;
    case 'dynamic-reference':
      return `${ref.ref} is a dynamic reference, resolved by CloudFormation at deploy time`;
    default:
      return `depends on ${ref.attr ? `${ref.ref}.${ref.attr}` : ref.ref}, known only after deploying`;
  }
}

/** Merge neighbouring literal pieces and drop empty ones. */
function normalise(sym: Sym): Sym {
  const out: Sym = [];
  for (const part of sym) {
    const prev = out[out.length - 1];
    if (typeof part === 'string') {
      if (part === '') continue;
      if (typeof prev === 'string') out[out.length - 1] = prev + part;
      else out.push(part);
    } else out.push(part);
  }
  return out;
}

/** Split symbolic text at a literal delimiter; references stay whole inside their piece. */
export function splitSym(sym: Sym, delimiter: string): Sym[] {
  const pieces: Sym[] = [[]];
  for (const part of sym) {
    if (typeof part !== 'string') {
      (pieces[pieces.length - 1] as Sym).push(part);
      continue;
    }
    const chunks = part.split(delimiter);
    chunks.forEach((chunk, i) => {
      if (i > 0) pieces.push([]);
      if (chunk !== '') (pieces[pieces.length - 1] as Sym).push(chunk);
    });
  }
  return pieces.map(normalise);
}

function getPath(root: Record<string, unknown>, keys: string[]): unknown {
  let node: unknown = root;
  for (const key of keys) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}
