// A second production build beside the main one (its own FIXPATH_DIST_DIR, and whatever content and catalog
// its env names), for benchmarks and the browser tests' fixture site. `next build` with another distDir adds
// that dir to tsconfig.json's include and points next-env.d.ts at it; this undoes exactly that, so a second
// build leaves no trace in git.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Call before a build into `distDir`; the function it returns restores tsconfig.json (when Next only added
 * its include entries for `distDir`) and next-env.d.ts. `log` hears when tsconfig.json was left alone.
 */
export function snapshotBuildSideEffects(root, distDir, log = () => {}) {
  const read = (file) =>
    existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), "utf8") : undefined;
  const tsconfig = read("tsconfig.json");
  const nextEnv = read("next-env.d.ts");
  return () => {
    const now = read("tsconfig.json");
    if (tsconfig !== undefined && now !== undefined && now !== tsconfig) {
      const current = JSON.parse(now);
      current.include = (current.include ?? []).filter((entry) => !entry.startsWith(`${distDir}/`));
      if (JSON.stringify(current) === JSON.stringify(JSON.parse(tsconfig)))
        writeFileSync(path.join(root, "tsconfig.json"), tsconfig);
      else
        log(
          `tsconfig.json changed during the build into ${distDir} beyond Next's include entries; left as it is`,
        );
    }
    if (nextEnv !== undefined) writeFileSync(path.join(root, "next-env.d.ts"), nextEnv);
  };
}
