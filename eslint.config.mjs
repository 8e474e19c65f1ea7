// Lint config: Next's core-web-vitals + TypeScript rules; zero warnings are allowed (see `npm run lint`).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".fixpath/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "screenshots/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
