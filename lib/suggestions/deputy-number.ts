// 第 N 号: every deputy suggestion gets the next number of its year (Asia/Shanghai), as a congress office numbers
// the suggestions of a session. The counter row is created or incremented in the suggestion's own transaction;
// the row lock makes concurrent submissions wait for each other, and the (numberYear, number) unique index
// would refuse a duplicate if anything ever went around it. A rolled-back submission leaves a gap, as a
// paper register would not; numbers are never reused.
import type { Tx } from "../db.ts";
import { shanghaiDateOf } from "../calendar/civil-date.ts";

export async function nextDeputyNumber(tx: Tx, at: Date): Promise<{ numberYear: number; number: number }> {
  const numberYear = Number(shanghaiDateOf(at).slice(0, 4));
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "SuggestionNumberSeq" (year, last) VALUES (${numberYear}, 1)
    ON CONFLICT (year) DO UPDATE SET last = "SuggestionNumberSeq".last + 1
    RETURNING last`;
  return { numberYear, number: row.last };
}
