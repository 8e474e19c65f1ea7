// The production server (`npm start`, `npm run serve`): prerendered pages straight from the build output with
// the headers computed at build time (scripts/static-pages.mjs), everything else (API, search, guided-fix
// positions, code lookups, embeds, 404s) by Next.js in the same process, proxy included.
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (PORT from the environment otherwise, else 3000;
// without -H it listens on every address, as `next start` does)
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { createStaticPageServer, readStaticPagesManifest } from "./static-pages.mjs";

function option(flags, fallback) {
  const index = process.argv.findIndex((arg) => flags.includes(arg));
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
const hostname = option(["-H", "--hostname"], undefined);
const dir = process.cwd();
// The same rule as next.config.js's distDir.
const distDir = path.join(dir, process.env.FIXPATH_DIST_DIR || ".next");

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const { manifest, reason } = readStaticPagesManifest(distDir);
if (!manifest) console.warn(`serve: every page goes through Next.js (${reason})`);
const serveStatic = manifest
  ? createStaticPageServer({ distDir, manifest })
  : (_req, _res, fallback) => fallback();

const server = createServer((req, res) => {
  const passOn = () =>
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
  serveStatic(req, res, passOn);
});
// Idle keep-alive connections stay open longer than clients and proxies keep them (nginx, load balancers:
// 60 s), so a client never reuses a socket the server is closing at that moment (a reset request).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  const pages = manifest ? Object.keys(manifest.pages).length : 0;
  console.log(
    `serve: http://${hostname ?? "localhost"}:${port} (${pages} static pages from ${path.relative(dir, distDir)})`,
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
