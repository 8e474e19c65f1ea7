/**
 * Server-only: compiles an article's MDX into a function body with mdx-bundler, once per content hash,
 * cached in memory and under `.fixpath/cache/mdx/<sha256>.js`. Compiling never runs the MDX; the portal
 * evaluates the code with `getMDXComponent` and its own components map.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { blankFrontMatter } from "@/lib/markdown/front-matter-block";
import { normalizeSource } from "./parse-mdx";
import { remarkHeadingAnchors } from "./remark-heading-anchors";
import { remarkScopeAnchors } from "./remark-scope-anchors";

/** Bumped whenever the compile pipeline changes, so cached output of an older pipeline is never reused. */
const PIPELINE_VERSION = "5";

export interface CompiledMdx {
  /** The function body `getMDXComponent(code)` turns into a React component. */
  code: string;
}

export interface CompileOptions {
  /** Where `.fixpath/cache/mdx` lives (default: the working directory). */
  root?: string;
}

const compiled = new Map<string, Promise<CompiledMdx>>();

/** The cache key: sha256 of the source as compiled (BOM and CRLF removed). */
export function hashMdxSource(source: string): string {
  return createHash("sha256")
    .update(PIPELINE_VERSION)
    .update("\0")
    .update(normalizeSource(source))
    .digest("hex");
}

export function compileMdx(source: string, options: CompileOptions = {}): Promise<CompiledMdx> {
  const hash = hashMdxSource(source);
  let result = compiled.get(hash);
  if (!result) {
    result = loadOrCompile(
      normalizeSource(source),
      path.join(options.root ?? process.cwd(), ".fixpath/cache/mdx", `${hash}.js`),
    );
    // A failed compile is not cached, so fixing the file (or a transient error) recovers.
    result.catch(() => compiled.delete(hash));
    compiled.set(hash, result);
  }
  return result;
}

async function loadOrCompile(source: string, cacheFile: string): Promise<CompiledMdx> {
  const cached = await readFile(cacheFile, "utf8").catch(() => undefined);
  if (cached !== undefined) return { code: cached };
  const { code } = await bundleMDX({
    // The front matter is read (safely, with aliases limited) by the catalog; mdx-bundler's own YAML reader
    // would expand an alias bomb without limit, so it never sees it.
    source: blankFrontMatter(source),
    mdxOptions(options) {
      options.remarkPlugins = [
        ...(options.remarkPlugins ?? []),
        remarkGfm,
        remarkScopeAnchors,
        // After remarkScopeAnchors: it reserves the cause and step anchors that plugin adds.
        remarkHeadingAnchors,
      ];
      return options;
    },
  });
  // The disk cache only saves time; a read-only deployment still serves from memory.
  await mkdir(path.dirname(cacheFile), { recursive: true })
    .then(() => writeFile(cacheFile, code))
    .catch(() => undefined);
  return { code };
}
