import { DEMO_ACCOUNTS } from "../../lib/demo/demo-accounts.ts";

export function printWelcome(port: number) {
  const lines = [
    "",
    `  人大代表联络站服务平台 is running:  http://localhost:${port}`,
    "",
    "  Demo accounts (演示账号):",
    ...DEMO_ACCOUNTS.map((a) => `    ${a.label.padEnd(12, "　")} ${a.login}`),
    "  Staff accounts: password, then the second-factor code shown under 演示 on the next page.",
    "",
    "  Press Ctrl-C to stop.",
    "",
  ];
  console.log(lines.join("\n"));
}
