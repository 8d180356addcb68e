// Runs once when the server starts. Production mode fails closed (decision 0030): without its requirements,
// or without the portal's own server to tell it the real peer address (scripts/serve.mjs), it refuses to serve
// at all rather than serve unsafely — `next start` by hand cannot bypass `npm run start:prod`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.PORTAL_MODE !== "production") return;
  const { productionProblems, refusalLine } = await import("./lib/production-checks.ts");
  const problems = productionProblems(process.env);
  if (!process.env.LIAISON_PEER_TOKEN)
    problems.push({
      name: "server",
      problem: "started without the portal's server (use npm run start:prod, not next start)",
    });
  if (problems.length) {
    console.error(refusalLine(problems));
    process.exit(1);
  }
}
