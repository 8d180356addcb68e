// A step form names its area and step; a name the area's dispatcher does not have must fail the type check.
// The type check (`npm run typecheck`, and `next build` in `npm test`) runs the checks here: every expected-error
// directive below is itself an error if its line compiles. Vitest only confirms the file loads.
import type { ComponentProps } from "react";
import { describe, expect, it } from "vitest";
import type { StepForm } from "@/components/forms/step-form";
import type { StepArea, StepOps } from "@/components/forms/step-actions";

type Props<A extends StepArea> = ComponentProps<typeof StepForm<A>>;

const assign: Props<"suggestion"> = { area: "suggestion", op: "assign", submitLabel: "交办" };
const checkIn: Props<"reception"> = { area: "reception", op: "checkIn", submitLabel: "签到" };
// @ts-expect-error a typo in a step name
const typo: Props<"suggestion"> = { area: "suggestion", op: "assgin", submitLabel: "交办" };
// @ts-expect-error a step of another area
const elsewhere: Props<"places"> = { area: "places", op: "checkIn", submitLabel: "签到" };
// @ts-expect-error not a reception step
const notReception: StepOps["reception"] = "assign";

describe("step form operations", () => {
  it("are checked against each area's dispatcher", () => {
    expect([assign.op, checkIn.op, typo.op, elsewhere.op, notReception]).toHaveLength(5);
  });
});
