// An account's states as small badges: 正常, 已锁定, 已停用, 须修改密码.
import type { AccountState } from "@/lib/users/account-list";

const tone: Record<AccountState, string> = {
  active: "border-green-700 text-green-800",
  locked: "border-amber-600 text-amber-900",
  disabled: "border-brand-600 text-brand-800",
  mustChange: "border-blue-700 text-blue-900",
};

export function StateBadges({ states, label }: { states: AccountState[]; label: (s: AccountState) => string }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {states.map((s) => (
        <span key={s} className={`rounded border bg-white px-1.5 py-0.5 text-sm whitespace-nowrap ${tone[s]}`}>
          {label(s)}
        </span>
      ))}
    </span>
  );
}
