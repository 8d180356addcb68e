// 核对投票回执: a deputy types the receipt code they were shown after voting; the answer says only whether a ballot
// with that receipt was counted, and in which round.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth/current-actor";
import { currentClientInfo } from "@/lib/http/client-info";
import { checkReceipt } from "@/lib/projects/ballot";
import { receiptSchema } from "@/lib/projects/schemas";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("receiptCheck") };
}

export default async function ReceiptPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const t = await getTranslations("projects");
  const te = await getTranslations("errors");
  let answer: { tone: "info" | "error"; text: string } | null = null;
  if (code) {
    if (!receiptSchema.safeParse({ receipt: code }).success) {
      answer = { tone: "error", text: te("projects.receiptInvalid") };
    } else {
      const r = await checkReceipt(await getActor(), { receipt: code }, await currentClientInfo());
      answer = r
        ? { tone: "info", text: t("receiptCounted", { round: r.roundTitle }) }
        : { tone: "error", text: t("receiptUnknown") };
    }
  }
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <PageHeader title={t("receiptCheck")} intro={t("receiptIntro")} />
      <form method="get" className="space-y-3">
        <label htmlFor="code" className="block font-medium">
          {t("receiptLabel")}
        </label>
        <input
          id="code"
          name="code"
          defaultValue={code ?? ""}
          maxLength={24}
          autoComplete="off"
          className="block w-full rounded-md border border-line bg-white px-3 py-2.5 font-mono text-base"
        />
        <button type="submit" className={buttonStyles.primary}>
          {t("receiptCheckButton")}
        </button>
      </form>
      {answer && <Alert tone={answer.tone}>{answer.text}</Alert>}
    </div>
  );
}
