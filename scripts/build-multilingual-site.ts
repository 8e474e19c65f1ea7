// `npm run build:multilingual`: the production build of the four-language fixture site (e2e/multilingual-site.ts),
// the same steps as `npm run build` with that site's content and dist folders. Next.js type-checks the tree
// only in the main build: this one compiles the very same sources, so checking them twice would only cost time.
import { spawnSync } from "node:child_process";
import { multilingualSiteEnv } from "../e2e/multilingual-site";

const result = spawnSync("npm", ["run", "--silent", "build"], {
  stdio: "inherit",
  env: { ...process.env, ...multilingualSiteEnv(), FIXPATH_SKIP_BUILD_TYPECHECK: "1" },
});
process.exit(result.status ?? 1);
