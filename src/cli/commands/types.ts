export interface Command {
  name: string;
  /** `render CONFIG [--format yaml|json] [-o FILE]` */
  usage: string;
  summary: string;
  /** Longer text for `<command> --help`. */
  help?: string;
  /** Returns the exit code. Throw CliError for unreadable input. */
  run: (args: readonly string[]) => number | Promise<number>;
}
