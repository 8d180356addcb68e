// Create or edit one deputy by hand: person fields, the stations where they sit (by name, like the import), and a
// mandate (added, or updated when that level and term exists). Within the staff's region (docs/decisions/0048);
// a deputy outside it looks "not found". Audited with the fields before and after.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import * as f from "../validation/fields.ts";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { decryptPii, encryptPii } from "../crypto/pii.ts";
import { toDbDate } from "../calendar/civil-date.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { DeputyLevel } from "../generated/prisma/enums.ts";
import { onUniqueViolation } from "../database-errors.ts";

const text = (max: number) =>
  z
    .string()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : null));
const date = z
  .string()
  .regex(/^$|^\d{4}-\d{2}-\d{2}$/, { error: "dateRequired" })
  .optional()
  .transform((s) => (s ? s : null));

export const saveDeputySchema = z.strictObject({
  deputyId: f.optionalId(),
  code: z.string().trim().min(1, { error: "deputyCodeRequired" }).max(32, { error: "tooLong" }),
  name: z.string().trim().min(1, { error: "deputyNameRequired" }).max(40, { error: "tooLong" }),
  gender: z.enum(["", "男", "女"], { error: "invalid" }).optional(),
  occupation: text(120),
  // 专业小组: left out of the form, the deputy's group stays as it is; empty clears it.
  groupId: z.union([z.literal(""), f.id()]).optional(),
  phone: z
    .string()
    .regex(/^$|^1[3-9]\d{9}$/, { error: "mobileFormat" })
    .optional(),
  bio: text(2000),
  stations: z.string().max(2000, { error: "tooLong" }).optional(),
  // The mandate to add or update (required for a new deputy: it places them in a region).
  level: z.enum(["", ...Object.values(DeputyLevel)] as [string, ...string[]], { error: "invalid" }).optional(),
  term: z
    .string()
    .regex(/^$|^\d{1,2}$/, { error: "invalid" })
    .optional(),
  regionId: f.optionalId(),
  constituency: text(80),
  startsOn: date,
  endsOn: date,
});

async function deny(actor: Actor, client: ClientInfo | undefined, target?: number): Promise<never> {
  await recordAudit({
    actor,
    action: "permission.denied",
    target: target ? { type: "Deputy", id: target } : null,
    result: "DENIED",
    client,
    detail: { action: "deputy.manage" },
  });
  throw target ? notFound() : new AppError("forbidden");
}

export async function saveDeputy(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  if (!can(actor, "deputy.manage", { regionPath: actor.regionPath })) return deny(actor, client);
  const input = saveDeputySchema.parse(raw);
  const path = actor.regionPath!;
  const id = input.deputyId ? Number(input.deputyId) : null;

  const before = id
    ? await db.deputy.findUnique({
        where: { id },
        include: {
          mandates: { include: { region: { select: { path: true } } } },
          stations: { include: { station: { select: { name: true, region: { select: { path: true } } } } } },
          group: { select: { name: true } },
        },
      })
    : null;
  if (id) {
    const paths = [
      ...(before?.mandates.map((m) => m.region.path) ?? []),
      ...(before?.stations.map((s) => s.station.region.path) ?? []),
    ];
    if (!before || !paths.some((p) => can(actor, "deputy.manage", { regionPath: p }))) return deny(actor, client, id);
  }

  const stationNames = [
    ...new Set(
      (input.stations ?? "")
        .split(/[、,，;；\n]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const stations = stationNames.length
    ? await db.station.findMany({
        where: { name: { in: stationNames }, region: { path: { startsWith: path } } },
        select: { id: true, name: true },
      })
    : [];
  const stationIds: number[] = [];
  for (const n of stationNames) {
    const hits = stations.filter((s) => s.name === n);
    if (hits.length !== 1) throw new AppError("invalid", hits.length ? "stationAmbiguous" : "stationUnknownHere");
    stationIds.push(hits[0].id);
  }

  const mandate = input.level
    ? {
        level: input.level as DeputyLevel,
        term: Number(input.term || NaN),
        regionId: Number(input.regionId || NaN),
        constituency: input.constituency,
        startsOn: input.startsOn ? toDbDate(input.startsOn) : null,
        endsOn: input.endsOn ? toDbDate(input.endsOn) : null,
      }
    : null;
  if (mandate) {
    if (!Number.isInteger(mandate.term) || mandate.term < 1) throw new AppError("invalid", "mandateTermRequired");
    const region = Number.isInteger(mandate.regionId)
      ? await db.region.findUnique({ where: { id: mandate.regionId }, select: { path: true } })
      : null;
    if (!region || !region.path.startsWith(path)) throw new AppError("invalid", "mandateRegionRequired");
  } else if (!id && stationIds.length === 0) throw new AppError("invalid", "mandateRegionRequired");

  // The group is one of the portal's list (ProfessionalGroup); an id that names none is refused, not dropped.
  const group =
    input.groupId === undefined
      ? undefined
      : input.groupId === ""
        ? null
        : await db.professionalGroup.findUnique({
            where: { id: Number(input.groupId) },
            select: { id: true, name: true },
          });
  if (group === null && input.groupId) throw new AppError("invalid", "deputyGroupUnknown");

  const person = {
    code: input.code,
    name: input.name,
    gender: input.gender || null,
    occupation: input.occupation,
    bio: input.bio,
  };
  const oldPhone = before?.phoneEnc ? decryptPii(before.phoneEnc) : null;
  const phone = input.phone || null;
  try {
    return await db.$transaction(async (tx) => {
      const data = {
        ...person,
        ...(group === undefined ? {} : { groupId: group?.id ?? null }),
        ...(phone === oldPhone ? {} : { phoneEnc: phone ? encryptPii(phone) : null }),
      };
      const saved = id
        ? await tx.deputy.update({ where: { id }, data, select: { id: true } })
        : await tx.deputy.create({
            data: { ...data, qrToken: randomBytes(12).toString("hex") },
            select: { id: true },
          });
      // The stations the form lists, within this region; links to stations of other regions are not ours to drop.
      await tx.stationDeputy.deleteMany({
        where: {
          deputyId: saved.id,
          stationId: { notIn: stationIds },
          station: { region: { path: { startsWith: path } } },
        },
      });
      if (stationIds.length)
        await tx.stationDeputy.createMany({
          data: stationIds.map((stationId) => ({ stationId, deputyId: saved.id })),
          skipDuplicates: true,
        });
      if (mandate)
        await tx.deputyMandate.upsert({
          where: { deputyId_level_term: { deputyId: saved.id, level: mandate.level, term: mandate.term } },
          create: { ...mandate, deputyId: saved.id },
          update: mandate,
        });
      const was = before
        ? {
            code: before.code,
            name: before.name,
            gender: before.gender,
            occupation: before.occupation,
            bio: before.bio,
            group: before.group?.name ?? null,
            stations: before.stations.map((s) => s.station.name).sort(),
          }
        : null;
      const now = {
        ...person,
        group: group === undefined ? (before?.group?.name ?? null) : (group?.name ?? null),
        stations: [...stationNames].sort(),
      };
      const changed = (Object.keys(now) as (keyof typeof now)[]).filter(
        (k) => JSON.stringify(was?.[k] ?? null) !== JSON.stringify(now[k] ?? null),
      );
      await recordAudit(
        {
          actor,
          action: id ? "deputy.update" : "deputy.create",
          target: { type: "Deputy", id: saved.id },
          result: "SUCCESS",
          client,
          detail: {
            before: was ? Object.fromEntries(changed.map((k) => [k, was[k]])) : null,
            after: Object.fromEntries(changed.map((k) => [k, now[k]])),
            phoneChanged: phone !== oldPhone,
            mandate: mandate ? { level: mandate.level, term: mandate.term, regionId: mandate.regionId } : null,
          },
        },
        tx,
      );
      return saved;
    });
  } catch (err) {
    throw onUniqueViolation(err, "deputyCodeTaken", "code");
  }
}
