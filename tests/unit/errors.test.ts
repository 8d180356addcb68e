// The one error module (decision 0063): what a form shows for each kind of refusal, what a database error means,
// and the one way an id is read.
import { describe, expect, it } from "vitest";
import { AppError, fieldError, foundOrNull } from "@/lib/errors";
import { appErrorFromDatabase, databaseErrorKind, onUniqueViolation } from "@/lib/database-errors";
import { runFormAction } from "@/lib/forms/run-action";
import { parseId } from "@/lib/validation/fields";

// The shapes Prisma 7 under the pg adapter throws (SQLSTATE in meta.driverAdapterError.cause.originalCode).
const adapterError = (originalCode: string) => ({
  name: "PrismaClientKnownRequestError",
  code: "P2010",
  meta: { driverAdapterError: { cause: { originalCode } } },
});
const values = { code: "A1" };

describe("a form's refusals", () => {
  it("shows a field's message beside the field, and others for the whole form", async () => {
    expect(await runFormAction(values, () => Promise.reject(fieldError("current", "currentPasswordWrong")))).toEqual({
      fieldErrors: { current: "currentPasswordWrong" },
      values,
    });
    expect(await runFormAction(values, () => Promise.reject(new AppError("conflict", "swap.pending")))).toEqual({
      formError: "swap.pending",
      values,
    });
  });

  it("explains a database error the use case did not expect, and never shows the database's own text", async () => {
    const shown = (err: unknown) => runFormAction(values, () => Promise.reject(err));
    expect((await shown(adapterError("40001"))).formError).toBe("conflict");
    expect((await shown({ code: "P2025", message: "Record to update not found." })).formError).toBe("notFound");
    expect((await shown(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).formError).toBe("unavailable");
    expect((await shown(new Error('invalid byte sequence for encoding "UTF8"'))).formError).toBe("generic");
  });

  it("turns a unique violation into the use case's conflict, beside its field", () => {
    const mapped = onUniqueViolation(adapterError("23505"), "places.codeTaken", "code");
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code: "conflict", messageKey: "places.codeTaken", field: "code" });
    const other = new Error("something else");
    expect(onUniqueViolation(other, "places.codeTaken")).toBe(other);
  });
});

describe("what a database error means", () => {
  it("reads PostgreSQL's and Prisma's codes", () => {
    expect(databaseErrorKind({ code: "P2002" })).toBe("uniqueViolation");
    expect(databaseErrorKind(adapterError("23505"))).toBe("uniqueViolation");
    expect(databaseErrorKind(adapterError("40P01"))).toBe("serialization");
    expect(databaseErrorKind({ code: "P2034" })).toBe("serialization");
    expect(databaseErrorKind(adapterError("57014"))).toBe("statementTimeout");
    expect(databaseErrorKind({ code: "P1001" })).toBe("unavailable");
    expect(databaseErrorKind(new Error("boom"))).toBeNull();
    expect(databaseErrorKind("text")).toBeNull();
    expect(appErrorFromDatabase(adapterError("40001"))?.code).toBe("stale");
  });
});

describe("not found", () => {
  it("hides missing and out-of-scope records alike, and lets other errors through", async () => {
    expect(await foundOrNull(Promise.reject(new AppError("notFound")))).toBeNull();
    expect(await foundOrNull(Promise.reject(new AppError("forbidden")))).toBeNull();
    await expect(foundOrNull(Promise.reject(new AppError("invalid")))).rejects.toThrow("invalid");
    expect(await foundOrNull(Promise.resolve(7))).toBe(7);
  });
});

describe("parseId", () => {
  it("reads an int4 row id and nothing else", () => {
    expect(parseId("42")).toBe(42);
    expect(parseId(42)).toBe(42);
    expect(parseId("2147483647")).toBe(2_147_483_647);
    for (const bad of ["2147483648", "0", "-1", "1e3", "0x10", "1.5", "abc", "", undefined, null, ["1"]])
      expect(parseId(bad), String(bad)).toBeNull();
  });
});
