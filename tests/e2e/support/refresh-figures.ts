// `tsx tests/e2e/support/refresh-figures.ts`: rebuild the dashboards' figures now, as the five-minute job would, so a
// browser test can see a change it just made in the figures (DATABASE_URL from the test's environment).
import { db } from "../../../lib/db.ts";
import { refreshInsight } from "../../../lib/insight/refresh.ts";

await refreshInsight(db);
await db.$disconnect();
