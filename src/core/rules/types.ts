/**
 * The rule engine's vocabulary (modelled on eslint's rule meta + report): a rule is a meta object and
 * a check that reports findings by message ID; each message carries its own severity.
 */
import type { ConfigPath } from '../model/parse';
import type { Derivations } from '../model/derive';
import type { CfnTemplate } from '../model/cfn-template';
import type { ApifrontConfig } from '../model/schema';

export type { CfnTemplate } from '../model/cfn-template';

export type Severity = 'error' | 'warning' | 'info';
export type Step = 'domain' | 'origin' | 'paths' | 'security' | 'review';
/** config: runs on configs (wizard, CLI, imported); template: only on imported templates; both. */
export type RuleTarget = 'config' | 'template' | 'both';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface MessageDef<Args extends any[] = any[]> {
  severity: Severity;
  text: (...args: Args) => string;
}
export type MessageMap = Record<string, MessageDef>;

export interface RuleMeta<M extends MessageMap = MessageMap> {
  /** `AF401`: stable, never reused (RULES.md). */
  id: string;
  /** kebab-case slug; the file is `af401-<name>.ts`. */
  name: string;
  target: RuleTarget;
  /** The wizard step the finding belongs to. */
  step: Step;
  title: string;
  /** What the rule checks, one or two sentences. */
  description: string;
  /** Why it matters: what AWS does with the bad value. */
  rationale: string;
  /** What to do about it. */
  howToFix: string;
  /** DOMAIN.md fact numbers the rule rests on. */
  facts: readonly number[];
  messages: M;
  /** Short examples for the docs: a bad and a good config fragment or template snippet. */
  examples?: { bad: string; good: string };
}

/** Where a finding points: a config value, or a property of a (raw or imported) template resource. */
export interface ConfigLocation {
  kind: 'config';
  configPath: ConfigPath;
}
export interface TemplateLocation {
  kind: 'template';
  logicalId: string;
  propertyPath: readonly (string | number)[];
  line?: number;
  column?: number;
  /** Set when a config finding of an imported template is mapped back to the template. */
  configPath?: ConfigPath;
}
export type FindingLocation = ConfigLocation | TemplateLocation;
/** What a rule reports: a bare `{ configPath }` is a config location (the engine adds the kind). */
export type ReportedLocation = FindingLocation | { configPath: ConfigPath };

/**
 * A one-click fix (eslint's fixer, as a mutation): `mutate` edits a draft copy of the config in place.
 * The engine makes the copy (`applyFix` in lint.ts), so no rule clones or returns configs.
 */
export interface Fix {
  label: string;
  mutate: (draft: ApifrontConfig) => void;
}

export interface Finding {
  rule: string;
  severity: Severity;
  messageId: string;
  message: string;
  location: FindingLocation;
  fix?: Fix;
}

export interface TemplateInput {
  template: CfnTemplate;
  /** The Region the stack deploys to, when known (AF107). */
  region?: string;
  /** Line and column (1-based) of a node: `['Resources', 'Dist', 'Properties', ...]`. */
  locate?: (path: readonly (string | number)[]) => { line: number; column: number } | undefined;
  /** A Serverless Framework file's `resources:` lifted to a template: `${...}` strings are its variables. */
  flavor?: 'cloudformation' | 'serverless';
}

/** What a rule is run on. */
export interface RuleInput {
  /** The config (from the wizard, a file, or mapped from an imported template). */
  config?: ApifrontConfig;
  /** The raw template, for template-target rules. */
  template?: TemplateInput;
}

/** Every rule: the severities its messages can have and what it checks (what a config suppression can silence). */
export type RuleCatalogue = ReadonlyMap<string, { severities: ReadonlySet<Severity>; target: RuleTarget }>;

/** What a rule's check gets: its input, the run's derived lists (computed once per lint run) and the rule catalogue. */
export interface RuleContext extends RuleInput {
  derived: Derivations;
  ruleCatalogue: RuleCatalogue;
}

export type Reporter<M extends MessageMap> = <K extends keyof M & string>(report: {
  messageId: K;
  args: Parameters<M[K]['text']>;
  location: ReportedLocation;
  fix?: Fix;
}) => void;

export interface Rule<M extends MessageMap = MessageMap> {
  meta: RuleMeta<M>;
  check: (context: RuleContext, report: Reporter<M>) => void;
}

/** Any rule, whatever its messages (for lists and runners). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** Identity with types: lets a rule's reports be checked against its own messages. */
export function defineRule<M extends MessageMap>(rule: Rule<M>): Rule<M> {
  return rule;
}

export function isConfigLocation(location: FindingLocation): location is ConfigLocation {
  return location.kind === 'config';
}
