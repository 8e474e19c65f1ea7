// `npm run build:fixtures [site…]`: the production builds of the browser tests' fixture sites (e2e/fixture-sites.ts),
// the same steps as `npm run build` with each site's content and dist folders. Next.js type-checks the tree
// only in the main build: these compile the very same sources, so checking them again would only cost time.
// A build into another dist folder makes Next.js add that folder to tsconfig.json; that is undone after each.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { FIXTURE_SITES, fixtureSiteEnv } from "../e2e/fixture-sites";
import { snapshotBuildSideEffects } from "./build-beside.mjs";
import { prepareSyncJourney } from "./sync-journey";

const root = process.cwd();
// `npm run build:fixtures -- content-site` builds only the sites named.
const chosen = process.argv.slice(2);
for (const site of FIXTURE_SITES.filter((s) => chosen.length === 0 || chosen.includes(s.name))) {
  console.log(`\n--- fixture site "${site.name}" (${site.contentDir})`);
  if (site.seedContentDir)
    await prepareSyncJourney(
      site.seedContentDir,
      site.contentDir,
      path.join(".fixpath", `${site.name}-sync-source`),
    );
  const restore = snapshotBuildSideEffects(root, site.distDir, (message: string) => console.warn(message));
  const result = spawnSync("npm", ["run", "--silent", "build"], {
    stdio: "inherit",
    env: { ...process.env, ...fixtureSiteEnv(site), FIXPATH_SKIP_BUILD_TYPECHECK: "1" },
  });
  restore();
  if (result.status !== 0) process.exit(result.status ?? 1);
}
