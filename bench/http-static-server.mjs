// Baseline for bench/http-bench.mjs: a bare Node `http` server answering every GET with one prebuilt HTML
// file and a fixed header set, i.e. the fastest this machine can serve that page without any framework.
// Usage (spawned by the bench): node bench/http-static-server.mjs <html-file> <port>
// with FIXPATH_BENCH_HEADERS holding a JSON object of extra response headers (Fixpath's, replayed).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
if (!file || !port) {
  console.error("usage: node bench/http-static-server.mjs <html-file> <port>");
  process.exit(2);
}

// Read once: the baseline measures serving, not disk access.
const body = readFileSync(file);
const headers = {
  ...JSON.parse(process.env.FIXPATH_BENCH_HEADERS || "{}"),
  "content-type": "text/html; charset=utf-8",
  "content-length": String(body.length),
};

const server = createServer((request, response) => {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : body);
});

server.listen(Number(port), "127.0.0.1", () => {
  console.log(`static baseline serving ${body.length} bytes on http://127.0.0.1:${port}`);
});

// The bench stops us with SIGTERM; drop keep-alive connections so the port is free at once.
process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
