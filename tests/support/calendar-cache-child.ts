// Another server process for tests/integration/cache-invalidation.test.ts: it keeps the working-day calendar in
// its own cache and answers "is <date> a working day?" for each date written to its stdin, one per line.
import readline from "node:readline";
import { loadWorkCalendar } from "../../lib/calendar/load-calendar.ts";
import { startCacheListener } from "../../lib/cache/shared-invalidation.ts";

startCacheListener();
const lines = readline.createInterface({ input: process.stdin });
console.log("ready");
for await (const date of lines) {
  if (!date) break;
  const calendar = await loadWorkCalendar();
  console.log(JSON.stringify({ date, working: calendar.isWorkingDay(date) }));
}
process.exit(0);
