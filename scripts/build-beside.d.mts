/** Types of build-beside.mjs, for the TypeScript that imports it (the browser tests' fixture site). */
export function snapshotBuildSideEffects(
  root: string,
  distDir: string,
  log?: (message: string) => void,
): () => void;
