/**
 * Names, usage lines and summaries of the commands: all `--help` needs, so the CLI loads a
 * command's code (and its dependencies) only when that command runs.
 */
export const COMMAND_META = {
  render: {
    name: 'render',
    usage: 'render CONFIG [--format yaml|json|console|checks|cdk|terraform] [-o FILE | --out-dir DIR] [--force]',
    summary: 'render a config to CloudFormation (YAML/JSON), CDK, Terraform, console steps or checks',
  },
  lint: {
    name: 'lint',
    usage: 'lint FILE|DIR|GLOB... [--format text|json|sarif] [--fail-on error|warning|info] [--ignore-rules ID,...] [--distribution ID] [--region R] [--api FILE[,FILE]]',
    summary: 'check configs, CloudFormation / SAM / Serverless templates (YAML or JSON) and console-built distributions',
  },
  trace: {
    name: 'trace',
    usage: "trace CONFIG URL [--method M] [-H 'Name: value' ...] [--format text|json]",
    summary: 'follow one request through CloudFront to the API: behavior, cache, origin request, answer',
  },
  link: {
    name: 'link',
    usage: 'link CONFIG.json [--base URL]',
    summary: 'print a share link that opens CONFIG in the app',
  },
  decode: {
    name: 'decode',
    usage: 'decode LINK',
    summary: 'print the config a share link carries, as JSON',
  },
  rules: {
    name: 'rules',
    usage: 'rules [ID] [--format text|json]',
    summary: 'list the lint rules (ID, severities, step, title), or show one rule\'s documentation',
  },
} as const;
