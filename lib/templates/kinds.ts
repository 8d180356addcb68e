// The kinds of standard wording (常用语) and which form offers each.
export const TEMPLATE_KINDS = ["REPLY", "DECLINE", "REFERRAL"] as const;
export type TemplateKindName = (typeof TEMPLATE_KINDS)[number];
