// Next.js configuration. Security headers that are the same for every response live here;
// the Content-Security-Policy differs per path (script hashes) and is set in proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build (benchmarks, experiments) can live beside the main one without clobbering it.
  distDir: process.env.FIXPATH_DIST_DIR || ".next",
  poweredByHeader: false,
  // One value per release when several instances serve it (docs/deploy.md): Next.js then tells a browser of
  // the previous release to reload rather than fetch chunks this build does not have. Unset: no deployment id.
  deploymentId: process.env.FIXPATH_DEPLOYMENT_ID || undefined,
  reactStrictMode: true,
  // mdx-bundler drives esbuild (a native binary) at build time; better-sqlite3 is a native module and pg
  // loads optional drivers at run time: none of them may be bundled into server chunks.
  serverExternalPackages: ["mdx-bundler", "esbuild", "better-sqlite3", "pg"],
  experimental: { globalNotFound: true },
  // A second build of the same sources (the multilingual fixture site) skips the type check the main build
  // and `npm run typecheck` already ran; nothing else may set this.
  typescript: { ignoreBuildErrors: process.env.FIXPATH_SKIP_BUILD_TYPECHECK === "1" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
