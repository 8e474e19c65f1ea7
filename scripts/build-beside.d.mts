/** Types of build-beside.mjs, for the TypeScript that imports it (the fixture-site builds). */
export function snapshotBuildSideEffects(
  root: string,
  distDir: string,
  log?: (message: string) => void,
): () => void;
