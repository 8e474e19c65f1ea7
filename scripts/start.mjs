// `npm start`: install what is missing, build the catalog and the site (once per change), then serve on :3000
// with the production server (scripts/serve.mjs: prerendered pages from the build output, the rest by Next.js).
import { execFileSync, spawn } from "node:child_process";

const run = (command, args) => execFileSync(command, args, { stdio: "inherit" });

run("bash", ["scripts/ensure-deps.sh"]);
run("npm", ["run", "--silent", "build"]);
const port = process.env.PORT ?? "3000";
console.log(`\nFixpath is serving on http://localhost:${port}\n`);
const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", port], { stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
