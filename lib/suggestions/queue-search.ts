// The search box over the staff queue and a unit's list (docs/decisions/0070-search-with-trigrams.md). One box,
// three meanings, told apart by shape: a mobile number finds the items its resident raised (through the phone's
// HMAC, never the number itself; each look is audited like an unmask, S8), a tracking code opens that item, and
// anything else is words that must all appear in the title or the text (ILIKE, answered by trigram indexes).
import { recordAudit } from "../audit/record-audit.ts";
import { refuse } from "../auth/guard.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { piiHmac } from "../crypto/pii.ts";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { currentClientInfo } from "../http/client-info.ts";
import { MOBILE_RE, text } from "../validation/fields.ts";

export const SEARCH_MAX = 50;
/** At most this many words are matched; more would only make one query slower. */
const MAX_WORDS = 5;

/** The box's value in a query string: cleaned like any text field, at most SEARCH_MAX characters. */
export const searchParam = text({ max: SEARCH_MAX });

// Tracking codes are 8 characters of an alphabet without 0/O/1/I (tracking-code.ts); older or imported ones may
// be longer. Letters and digits only, so a Chinese word is never taken for a code.
const CODE_RE = /^[0-9A-Za-z]{6,16}$/;

export type SearchTerm =
  | { kind: "phone"; phone: string }
  /** A code-shaped term: opened when a code matches, else searched as a word. */
  | { kind: "code"; code: string; words: string[] }
  | { kind: "words"; words: string[] };

export function readSearch(q: string): SearchTerm {
  const trimmed = q.trim();
  if (MOBILE_RE.test(trimmed)) return { kind: "phone", phone: trimmed };
  const words = [...new Set(trimmed.split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS);
  if (words.length === 1 && CODE_RE.test(trimmed)) return { kind: "code", code: trimmed.toUpperCase(), words };
  return { kind: "words", words };
}

// Prisma's `contains` becomes ILIKE '%…%' but passes LIKE's wildcards through: "%" would match everything.
const literal = (w: string) => w.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Every word in the title or the text, each searched as typed ("%" and "_" included). Words of three characters
 * or more are answered by the trigram indexes; shorter ones only narrow other conditions (the queue walks newest
 * first within a time budget).
 */
export function wordsWhere(words: string[]): Prisma.SuggestionWhereInput {
  return {
    AND: words.map(literal).map((w) => ({
      OR: [{ title: { contains: w, mode: "insensitive" } }, { content: { contains: w, mode: "insensitive" } }],
    })),
  };
}

/** True when no word can use the trigram index (every word is one or two characters). */
export function onlyShortWords(words: string[]): boolean {
  return words.length > 0 && words.every((w) => [...w].length < 3);
}

/**
 * The account a mobile number belongs to (residents sign in by phone; walk-ins recorded with a phone get one),
 * looked up by its HMAC. Only those who may unmask proposers' phones may search by one; the look-up is audited
 * whether it finds someone or not, and a refusal is audited as a refusal. Null: nobody has that number.
 */
export async function proposerByPhone(actor: Actor, phone: string): Promise<number | null> {
  const client = await currentClientInfo();
  const scope = { regionPath: actor.regionPath };
  if (!can(actor, "proposer.unmask", scope)) {
    throw await refuse(actor, "proposer.unmask", { audit: "pii.search", client, detail: { field: "proposerPhone" } });
  }
  const user = await db.user.findUnique({ where: { phoneHmac: piiHmac(phone) }, select: { id: true } });
  await recordAudit({
    actor,
    action: "pii.search",
    target: user ? { type: "User", id: user.id } : null,
    result: "SUCCESS",
    client,
    detail: { field: "proposerPhone", found: user != null },
  });
  return user?.id ?? null;
}
