// The hidden field that names a form's step. Written `<OpInput<CalendarOp> op="saveDay" />` in forms outside
// StepForm, so the name is checked against the area's steps (decision 0073).
export function OpInput<Op extends string>({ op }: { op: Op }) {
  return <input type="hidden" name="op" value={op} />;
}
