// The template picker field of a step form (常用语): the templates of one kind, or nothing when there are none.
import type { OfferedTemplate } from "@/lib/templates/queries";
import type { TemplateKindName } from "@/lib/templates/kinds";
import type { StepField } from "@/components/forms/step-form";

type Translate = (key: string, values?: Record<string, string>) => string;

export function templatePicker(
  t: Translate,
  templates: OfferedTemplate[],
  kind: TemplateKindName,
  target: string,
  classField?: string,
): StepField[] {
  const mine = templates.filter((x) => x.kind === kind);
  if (!mine.length) return [];
  return [
    {
      name: `template-${target}`,
      label: t(`templates.picker.label.${kind}`),
      kind: "template",
      target,
      classField,
      hint: t("templates.picker.hint"),
      options: mine.map((x) => ({
        value: String(x.id),
        label: x.replyClass ? t("templates.picker.withClass", { title: x.title, cls: x.replyClass }) : x.title,
        body: x.body,
        replyClass: x.replyClass,
      })),
    },
  ];
}
