// `npm run build:fixtures`: the production builds of the browser tests' fixture sites (e2e/fixture-sites.ts),
// the same steps as `npm run build` with each site's content and dist folders. Next.js type-checks the tree
// only in the main build: these compile the very same sources, so checking them again would only cost time.
// A build into another dist folder makes Next.js add that folder to tsconfig.json; that is undone after each.
import { spawnSync } from "node:child_process";
import { FIXTURE_SITES, fixtureSiteEnv } from "../e2e/fixture-sites";
import { snapshotBuildSideEffects } from "./build-beside.mjs";

const root = process.cwd();
for (const site of FIXTURE_SITES) {
  console.log(`\n--- fixture site "${site.name}" (${site.contentDir})`);
  const restore = snapshotBuildSideEffects(root, site.distDir, (message: string) => console.warn(message));
  const result = spawnSync("npm", ["run", "--silent", "build"], {
    stdio: "inherit",
    env: { ...process.env, ...fixtureSiteEnv(site), FIXPATH_SKIP_BUILD_TYPECHECK: "1" },
  });
  restore();
  if (result.status !== 0) process.exit(result.status ?? 1);
}
