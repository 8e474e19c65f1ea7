/**
 * The Fixpath command line: `npm run --silent fixpath -- <command> [options]`.
 * Each command lives in its own module under bin/commands/ and exports `run(args): Promise<number>`
 * (the exit code) and a one-line `summary` plus `usage` for --help.
 */
import { commands } from "./commands/index";

function printHelp(): void {
  const lines = [
    "Usage: npm run --silent fixpath -- <command> [options]",
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`),
    "",
    "Run `fixpath <command> --help` for a command's options.",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    printHelp();
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`fixpath: unknown command "${name}". Run \`fixpath --help\` for the list.\n`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(command.usage + "\n");
    return 0;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Commands report content problems as diagnostics; reaching here is a bug in Fixpath itself.
    process.stderr.write(
      `fixpath: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
