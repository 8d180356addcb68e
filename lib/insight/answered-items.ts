// The public list of answered items (公开数据 · 已答复事项): what was raised and how it was answered, with nothing
// personal — no proposer, no content, no reply text, no tracking code (the code opens the proposer's own page).
// Confidential (保密) items are left out altogether. Read newest reply first, a page at a time by keyset, so a
// city's million items cost the same as a hundred (partial index in migration 20261205213000_open_data).
import { db } from "../db.ts";
import type { ReplyClass } from "../generated/prisma/client.ts";

export const ANSWERED_PAGE_SIZE = 30;
/** A year's file stops here; past it is a data dump, and the figures say how many there are. */
export const ANSWERED_EXPORT_LIMIT = 100_000;

export type AnsweredItem = {
  id: number;
  title: string;
  category: string;
  area: string;
  replyClass: ReplyClass | null;
  submittedAt: Date;
  repliedAt: Date;
};

export type AnsweredFilter = { year: number; categoryId?: number };
/** Position after the last row shown: its reply time and id. */
export type AnsweredCursor = { repliedAt: Date; id: number };

export async function answeredItems(f: AnsweredFilter, after: AnsweredCursor | null, take: number) {
  const rows = await db.suggestion.findMany({
    where: {
      confidential: false,
      status: { in: ["FED_BACK", "CLOSED"] },
      repliedAt: { gte: yearStart(f.year), lt: yearStart(f.year + 1) },
      ...(f.categoryId ? { categoryId: f.categoryId } : {}),
      ...(after
        ? {
            OR: [{ repliedAt: { lt: after.repliedAt } }, { repliedAt: after.repliedAt, id: { lt: after.id } }],
          }
        : {}),
    },
    orderBy: [{ repliedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      title: true,
      replyClass: true,
      submittedAt: true,
      repliedAt: true,
      category: { select: { name: true } },
      region: { select: { name: true } },
    },
  });
  return rows.map((r): AnsweredItem => ({
    id: r.id,
    title: r.title,
    category: r.category.name,
    area: r.region.name,
    replyClass: r.replyClass,
    submittedAt: r.submittedAt,
    repliedAt: r.repliedAt!,
  }));
}

/** Every answered item of a year, a batch at a time, up to ANSWERED_EXPORT_LIMIT. */
export async function* allAnsweredItems(f: AnsweredFilter, batch = 2_000): AsyncGenerator<AnsweredItem[]> {
  let after: AnsweredCursor | null = null;
  for (let sent = 0; sent < ANSWERED_EXPORT_LIMIT;) {
    const rows = await answeredItems(f, after, Math.min(batch, ANSWERED_EXPORT_LIMIT - sent));
    if (rows.length === 0) return;
    yield rows;
    sent += rows.length;
    const last = rows[rows.length - 1];
    after = { repliedAt: last.repliedAt, id: last.id };
  }
}

/** The year in Beijing time, as the figures count it. */
function yearStart(year: number): Date {
  return new Date(`${year}-01-01T00:00:00+08:00`);
}

export function encodeCursor(c: AnsweredCursor): string {
  return `${c.repliedAt.getTime()}-${c.id}`;
}

export function decodeCursor(raw: string | undefined): AnsweredCursor | null {
  const m = raw?.match(/^(\d{1,15})-(\d{1,9})$/);
  return m ? { repliedAt: new Date(Number(m[1])), id: Number(m[2]) } : null;
}
