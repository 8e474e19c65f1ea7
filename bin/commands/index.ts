/** The registry of CLI commands; add a command by adding its module here. */
import * as build from "./build";
import * as check from "./check";
import * as importMarkdown from "./import";
import * as searchCommand from "./search";
import * as sync from "./sync";

export interface Command {
  /** One line for `fixpath --help`. */
  summary: string;
  /** Full usage text for `fixpath <command> --help`. */
  usage: string;
  /** Runs the command and resolves to its exit code. */
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {
  build,
  check,
  import: importMarkdown,
  search: searchCommand,
  sync,
};
