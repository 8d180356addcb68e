// The public area picker (cities and their districts with open stations, lib/stations/queries.ts
// publicAreaOptions), shared by /stations and /deputies: a district reads "city · district".
import type { RegionLevel } from "@/lib/generated/prisma/enums";

type Area = { id: number; name: string; level: RegionLevel; parentId: number | null };

export function AreaSelect(props: {
  id: string;
  areas: readonly Area[];
  defaultValue?: number;
  emptyLabel: string;
  className: string;
  required?: boolean;
}) {
  const cityName = new Map(props.areas.filter((a) => a.level === "CITY").map((a) => [a.id, a.name]));
  return (
    <select
      id={props.id}
      name={props.id}
      defaultValue={props.defaultValue ?? ""}
      required={props.required}
      className={props.className}
    >
      <option value="">{props.emptyLabel}</option>
      {props.areas.map((a) => (
        <option key={a.id} value={a.id}>
          {a.level === "CITY" ? a.name : `${cityName.get(a.parentId ?? 0) ?? ""} · ${a.name}`}
        </option>
      ))}
    </select>
  );
}
