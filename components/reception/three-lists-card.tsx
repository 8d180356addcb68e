// The 321 rule's three lists of one reception (收集问题, 对策建议, 限时反馈) on its working page: what is on each,
// a form to add to them, and the answer to each 限时反馈 item once given (lib/reception/three-lists.ts).
import { getFormatter, getTranslations } from "next-intl/server";
import { RECEPTION_LISTS, sessionLists } from "@/lib/reception/three-lists";
import { Card } from "@/components/ui/card";
import { StepForm } from "@/components/forms/step-form";

export async function ThreeListsCard({ sessionId }: { sessionId: number }) {
  const [t, format, items] = await Promise.all([
    getTranslations("receptionLists"),
    getFormatter(),
    sessionLists(sessionId),
  ]);
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-muted">{t("intro")}</p>
      <div className="grid gap-4 md:grid-cols-3">
        {RECEPTION_LISTS.map((list) => {
          const on = items.filter((i) => i.list === list);
          return (
            <section key={list} aria-labelledby={`list-${list}`}>
              <h3 id={`list-${list}`} className="mb-2 font-semibold">
                {t(`list.${list}`)}
              </h3>
              {on.length === 0 ? (
                <p className="text-sm text-muted">{t("empty")}</p>
              ) : (
                <ol className="list-decimal space-y-2 pl-5">
                  {on.map((i) => (
                    <li key={i.id}>
                      <p className="whitespace-pre-line">{i.text}</p>
                      {i.dueOn && (
                        <p className="text-sm text-muted">
                          {t("due", { date: format.dateTime(i.dueOn, { dateStyle: "medium", timeZone: "UTC" }) })}
                        </p>
                      )}
                      {i.answeredAt && <p className="text-sm text-green-800">{t("answered", { answer: i.answer! })}</p>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
      <div className="mt-4 border-t border-line pt-4">
        <StepForm
          area="reception"
          op="addListItem"
          idPrefix="list-add-"
          hidden={{ sessionId }}
          tone="secondary"
          submitLabel={t("add")}
          fields={[
            {
              name: "list",
              label: t("listLabel"),
              kind: "select",
              options: RECEPTION_LISTS.map((l) => ({ value: l, label: t(`list.${l}`) })),
            },
            { name: "text", label: t("text"), kind: "textarea", max: 1000 },
            { name: "dueOn", label: t("dueOn"), kind: "date", hint: t("dueHint") },
          ]}
        />
      </div>
    </Card>
  );
}
