// The words the portal writes for people outside a page — in-portal notifications, text messages, and the notes it
// records on a timeline or a duty-point entry — come from the catalogs like every other word (decision 0063). They
// are rendered when written, often by a job with no request: in the portal's language (zh-CN, the default locale),
// since a recipient has no language on record and a text message's wording is the one the SMS template approved.
import { createTranslator } from "use-intl/core";
import messages from "../i18n/messages/zh-CN/notifications.json";
import { DEFAULT_LOCALE, TIME_ZONE } from "../i18n/locales.ts";

/** `written("notice.received.title")`, `written("sms.otp", { code })`: keys are checked by the type checker. */
export const written = createTranslator({ locale: DEFAULT_LOCALE, messages, timeZone: TIME_ZONE });
