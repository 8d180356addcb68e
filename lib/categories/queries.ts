// Categories with their default lead unit, for the register page and the assign form's hint.
import { db } from "../db.ts";

export function listCategories() {
  return db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      sortOrder: true,
      defaultUnitId: true,
      defaultUnit: { select: { name: true } },
    },
  });
}

/** The default lead unit of a category, as a hint when assigning (null: none set). */
export async function defaultUnitOf(categoryId: number) {
  const c = await db.category.findUnique({
    where: { id: categoryId },
    select: { defaultUnit: { select: { id: true, name: true, active: true } } },
  });
  return c?.defaultUnit?.active ? { id: c.defaultUnit.id, name: c.defaultUnit.name } : null;
}
