import { DEMO_ACCOUNTS } from "../../lib/demo/demo-accounts.ts";

/** What `npm start` prints. The demo accounts only in demo mode: a production start has none to show. */
export function printWelcome(port: number, opts: { demo: boolean; publicUrl?: string }) {
  const lines = opts.demo
    ? [
        "",
        `  人大代表联络站服务平台 is running (演示环境 demo mode):  http://localhost:${port}`,
        "",
        "  Demo accounts (演示账号):",
        ...DEMO_ACCOUNTS.map((a) => `    ${a.label.padEnd(12, "　")} ${a.login}`),
        "  Staff accounts: password, then the second-factor code shown under 演示 on the next page.",
        "",
        "  Press Ctrl-C to stop.",
        "",
      ]
    : [
        "",
        `  人大代表联络站服务平台 is running (production mode) on :${port}, public address ${opts.publicUrl ?? "?"}`,
        "",
        "  Press Ctrl-C to stop.",
        "",
      ];
  console.log(lines.join("\n"));
}
