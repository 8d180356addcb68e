// A labelled native select (U2): works without JavaScript in a plain GET form and on every phone.
import type { ReactNode, SelectHTMLAttributes } from "react";

type Props = SelectHTMLAttributes<HTMLSelectElement> & { name: string; label: string; children: ReactNode };

export const selectStyles =
  "block w-full min-w-0 rounded-md border border-line bg-white px-3 py-2.5 text-base focus:border-blue-700";

export function SelectField({ name, label, id = name, className, children, ...select }: Props) {
  return (
    <div className={`min-w-0 ${className ?? ""}`}>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <select id={id} name={name} className={selectStyles} {...select}>
        {children}
      </select>
    </div>
  );
}
