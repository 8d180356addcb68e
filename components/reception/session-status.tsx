import { getTranslations } from "next-intl/server";
import type { SessionStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<SessionStatus, string> = {
  DRAFT: "bg-gray-100 text-ink",
  PUBLISHED: "bg-blue-100 text-blue-900",
  HELD: "bg-green-100 text-green-900",
  CANCELLED: "bg-gray-100 text-muted line-through",
};

export async function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const t = await getTranslations("reception.sessionStatus");
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${TONE[status]}`}>
      {t(status)}
    </span>
  );
}
