// 专业小组: one list for the whole portal (like categories, docs/decisions/0046), short enough to offer in full.
import { db } from "../db.ts";

export async function professionalGroupOptions() {
  return db.professionalGroup.findMany({ orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } });
}

/** The list with each group's number of deputies, for the staff page that keeps it. */
export async function professionalGroupsWithCounts() {
  return db.professionalGroup.findMany({
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, _count: { select: { deputies: true } } },
  });
}
