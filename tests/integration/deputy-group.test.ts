// 专业小组 on the deputy record (issue 11): staff keep the portal's list of groups, put a deputy of their region in
// one (audited with before and after), filter their list by it; the public profile shows it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveDeputy } from "@/lib/deputies/save-deputy";
import { createProfessionalGroup, renameProfessionalGroup } from "@/lib/deputies/manage-groups";
import { listDeputiesForArchive } from "@/lib/deputies/duty-archive";
import { getPublicDeputy } from "@/lib/reception/queries";
import { actorOf } from "../factories/loop";
import { createReceptionWorld } from "../factories/reception";
import { createStaffUser } from "../factories/users";

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; messageKey?: string };
  }
  throw new Error("expected a refusal");
}

const person = (d: { id: number; name: string }) => ({ deputyId: String(d.id), code: `D${d.id}`, name: d.name });

describe("professional groups", () => {
  it("staff put a deputy in a group and move them, audited before and after, shown on the profile and in the filter", async () => {
    const w = await createReceptionWorld({ deputies: 2 });
    const [a, b] = w.deputies;
    const law = await createProfessionalGroup(w.staff, { name: `法制组${randomUUID().slice(0, 4)}` });
    const eco = await createProfessionalGroup(w.staff, { name: `经济组${randomUUID().slice(0, 4)}` });
    const names = Object.fromEntries(
      (await db.professionalGroup.findMany({ where: { id: { in: [law.id, eco.id] } } })).map((g) => [g.id, g.name]),
    );

    await saveDeputy(w.staff, { ...person(a), groupId: String(law.id) });
    expect((await getPublicDeputy(a.id))?.group?.name).toBe(names[law.id]);
    await saveDeputy(w.staff, { ...person(a), groupId: String(eco.id) });
    const moved = await db.auditEvent.findFirstOrThrow({
      where: { action: "deputy.update", targetId: String(a.id) },
      orderBy: { id: "desc" },
    });
    expect(moved.detail).toMatchObject({ before: { group: names[law.id] }, after: { group: names[eco.id] } });

    // A save that does not send the field (an older form, the import's own path) leaves the group alone.
    await saveDeputy(w.staff, { ...person(a), occupation: "律师" });
    expect((await db.deputy.findUniqueOrThrow({ where: { id: a.id } })).groupId).toBe(eco.id);

    // The staff list filters by group, and by "in no group".
    const inEco = await listDeputiesForArchive(w.staff, "", 50, eco.id);
    expect(inEco.map((d) => d.id)).toEqual([a.id]);
    expect(inEco[0].group?.name).toBe(names[eco.id]);
    expect((await listDeputiesForArchive(w.staff, "", 50, "none")).map((d) => d.id)).toContain(b.id);
    expect((await listDeputiesForArchive(w.staff, "", 50, "none")).map((d) => d.id)).not.toContain(a.id);

    // Clearing it.
    await saveDeputy(w.staff, { ...person(a), groupId: "" });
    expect((await getPublicDeputy(a.id))?.group).toBeNull();
  });

  it("refuses a group that does not exist and a deputy of another region, changing nothing", async () => {
    const w = await createReceptionWorld({ deputies: 1 });
    const elsewhere = await createReceptionWorld({ deputies: 1 });
    const g = await createProfessionalGroup(w.staff, { name: `科教组${randomUUID().slice(0, 4)}` });
    expect((await rejection(saveDeputy(w.staff, { ...person(w.deputies[0]), groupId: "999999" }))).messageKey).toBe(
      "deputyGroupUnknown",
    );
    const other = elsewhere.deputies[0];
    expect((await rejection(saveDeputy(w.staff, { ...person(other), groupId: String(g.id) }))).code).toBe("notFound");
    expect((await db.deputy.findUniqueOrThrow({ where: { id: other.id } })).groupId).toBeNull();
    expect(
      await db.auditEvent.count({ where: { actorId: w.staff.id, result: "DENIED", targetId: String(other.id) } }),
    ).toBe(1);
  });

  it("keeps the list: names unique, renames audited, only committee staff may change it", async () => {
    const w = await createReceptionWorld({ deputies: 1 });
    const name = `农业组${randomUUID().slice(0, 4)}`;
    const g = await createProfessionalGroup(w.staff, { name });
    expect((await rejection(createProfessionalGroup(w.staff, { name }))).messageKey).toBe("deputyGroupTaken");
    await renameProfessionalGroup(w.staff, { groupId: String(g.id), name: `${name}（农业农村）` });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "deputyGroup.rename", targetId: String(g.id) },
    });
    expect(audit.detail).toMatchObject({ before: { name }, after: { name: `${name}（农业农村）` } });
    for (const actor of [w.admin, w.deputy, actorOf(await createStaffUser("SYSTEM_ADMIN"))]) {
      expect((await rejection(createProfessionalGroup(actor, { name: `${name}2` }))).code).toBe("forbidden");
    }
    expect(await db.professionalGroup.count({ where: { name: `${name}2` } })).toBe(0);
  });
});
