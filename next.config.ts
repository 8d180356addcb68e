import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  // The same sources give the same build id on every machine (scripts/lib/next-build.ts), so instances of one
  // release agree on it; a plain `next build` falls back to Next's own random id.
  generateBuildId: () => process.env.PORTAL_BUILD_ID ?? null,
  // Only scripts/check-action-ids.ts sets it: a second build beside the first, to compare their action ids.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "pg-boss",
    "@prisma/adapter-pg",
    "sharp",
    "@zxcvbn-ts/core",
    "@zxcvbn-ts/language-common",
    "@zxcvbn-ts/language-en",
  ],
  typedRoutes: false,
  experimental: {
    // Photos and reply files travel in server-action forms: up to 3 files of 5 MB each, plus the fields. Keep equal
    // to ACTION_BODY_LIMIT_BYTES (lib/http/body-limit.ts), which answers larger bodies with "文件过大".
    serverActions: { bodySizeLimit: "16mb" },
    proxyClientMaxBodySize: "16mb",
  },
};

export default withNextIntl(config);
