// Every action name an audit row may carry, in one fixed list (issue 12): recordAudit takes only these, so a
// misspelt name fails the typecheck instead of splitting the auditor's search in two. Add a name here before
// using it; never rename one (old rows keep the old name). The auditor's page shows each with its Chinese label
// (lib/i18n/messages/*/audit.ts, key actions.<name with dots as _>).

/** The suggestion loop's moves (lib/suggestions/transition.ts); each is audited as `suggestion.<move, lowercase>`. */
export const SUGGESTION_MOVES = [
  "ACCEPT",
  "ASSIGN",
  "AUTO_CLOSE",
  "DECLINE",
  "EVALUATE",
  "FEED_BACK",
  "LATE_RETURN",
  "MERGE",
  "RAISE_AS_DEPUTY_SUGGESTION",
  "REASSIGN",
  "REHANDLE",
  "REPLY",
  "RETURN",
  "REWORK",
  "UNIT_ACCEPT",
  "WITHDRAW",
] as const;
export type SuggestionMove = (typeof SUGGESTION_MOVES)[number];

export const AUDIT_ACTIONS = [
  // Sign-in and accounts
  "auth.password",
  "auth.password.change",
  "auth.otp.request",
  "auth.otp.verify",
  "auth.signOut",
  "auth.totp.enrol",
  "auth.totp.verify",
  "auth.totp.reset",
  "auth.recovery-code.use",
  "auth.lockout",
  "user.create",
  "user.change",
  "user.disable",
  "user.enable",
  "user.unlock",
  "user.resetPassword",
  // Refusals (detail.action names the permission; target the resource)
  "permission.denied",
  // Suggestions
  "suggestion.submit",
  "suggestion.recordOnBehalf",
  "suggestion.contact",
  "suggestion.progress",
  "suggestion.accept",
  "suggestion.assign",
  "suggestion.auto_close",
  "suggestion.decline",
  "suggestion.evaluate",
  "suggestion.feed_back",
  "suggestion.late_return",
  "suggestion.merge",
  "suggestion.raise_as_deputy_suggestion",
  "suggestion.reassign",
  "suggestion.rehandle",
  "suggestion.reply",
  "suggestion.return",
  "suggestion.rework",
  "suggestion.unit_accept",
  "suggestion.withdraw",
  "pii.unmask",
  "assignment.accept",
  "assignment.coOpinion",
  "assignment.extension.request",
  "assignment.return",
  "assignment.return.request",
  "extension.approve",
  "extension.refuse",
  "return.approve",
  "return.refuse",
  "relay.write",
  "relay.pass",
  "relay.withhold",
  "followUp.nextCheck",
  "followUp.solved",
  // Receptions
  "session.create",
  "session.generate",
  "session.publish",
  "session.cancel",
  "session.close",
  "session.logVisit",
  "session.swapRequest",
  "session.swapApprove",
  "session.swapReject",
  "booking.create",
  "booking.cancel",
  "booking.promote",
  "booking.checkIn",
  "booking.noShow",
  "dutyRule.update",
  // Supervision and duty archive
  "supervision.open",
  "supervision.edit",
  "supervision.close",
  "supervision.reopen",
  "supervision.note",
  "supervision.escalate",
  "settings.supervision",
  "urge.auto",
  "urge.manual",
  "archive.read",
  "points.publish",
  // Calendar
  "calendar.day.create",
  "calendar.day.update",
  "calendar.day.remove",
  "calendar.year.maintain",
  "calendar.year.unmaintain",
  // Exports and the audit log itself
  "queue.export",
  "insight.export",
  "audit.export",
  "audit.retention",
  // Tooling
  "demo.reset",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
