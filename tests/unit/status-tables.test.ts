// Every status table besides the suggestion's (tests/unit/workflow.test.ts), written out by hand so a table
// cannot drift silently: exactly these moves, and the statuses a row may be created in.
import { describe, expect, it } from "vitest";
import { canMoveIn, type MoveTable } from "@/lib/status/move-table";
import { ASSIGNMENT_MOVES, ASSIGNMENT_STARTS } from "@/lib/status/assignment";
import { BOOKING_MOVES, BOOKING_STARTS } from "@/lib/status/booking";
import { SESSION_MOVES, SESSION_STARTS } from "@/lib/status/reception-session";
import { REPLY_MOVES, REPLY_STARTS } from "@/lib/status/reply";
import { RELAY_MOVES, RELAY_STARTS } from "@/lib/status/relay-message";
import { CASE_MOVES, CASE_STARTS } from "@/lib/status/supervision-case";
import { SWAP_MOVES, SWAP_STARTS } from "@/lib/status/session-swap";
import { DECISION_MOVES, DECISION_STARTS } from "@/lib/status/decision";
import { IMPORT_MOVES, IMPORT_STARTS } from "@/lib/status/import-batch";
import { OUTBOX_MOVES, OUTBOX_STARTS } from "@/lib/status/outbox-message";
import { LETTER_MOVES, LETTER_STARTS } from "@/lib/status/deputy-letter";

const TABLES: [string, MoveTable<string>, readonly string[], string[], string[]][] = [
  [
    "assignment",
    ASSIGNMENT_MOVES,
    ASSIGNMENT_STARTS,
    ["PENDING", "ACCEPTED"],
    [
      "PENDING>ACCEPTED",
      "PENDING>OPINION_SENT",
      "PENDING>RETURNED",
      "PENDING>WITHDRAWN",
      "ACCEPTED>OPINION_SENT",
      "ACCEPTED>RETURNED",
      "ACCEPTED>REPLIED",
      "ACCEPTED>WITHDRAWN",
      "OPINION_SENT>WITHDRAWN",
      "REPLIED>ACCEPTED",
      "WITHDRAWN>PENDING",
    ],
  ],
  [
    "booking",
    BOOKING_MOVES,
    BOOKING_STARTS,
    ["BOOKED", "WAITLISTED"],
    ["BOOKED>CHECKED_IN", "BOOKED>NO_SHOW", "BOOKED>CANCELLED", "WAITLISTED>BOOKED", "WAITLISTED>CANCELLED"],
  ],
  [
    "reception session",
    SESSION_MOVES,
    SESSION_STARTS,
    ["DRAFT", "PUBLISHED"],
    ["DRAFT>PUBLISHED", "DRAFT>CANCELLED", "PUBLISHED>HELD", "PUBLISHED>CANCELLED", "HELD>HELD"],
  ],
  ["reply", REPLY_MOVES, REPLY_STARTS, ["SUBMITTED"], ["SUBMITTED>SENT", "SUBMITTED>REWORK"]],
  ["relay message", RELAY_MOVES, RELAY_STARTS, ["PENDING"], ["PENDING>RELAYED", "PENDING>WITHHELD"]],
  ["supervision case", CASE_MOVES, CASE_STARTS, ["OPEN"], ["OPEN>CLOSED", "CLOSED>OPEN"]],
  ["swap request", SWAP_MOVES, SWAP_STARTS, ["PENDING"], ["PENDING>APPROVED", "PENDING>REJECTED"]],
  ["staff decision", DECISION_MOVES, DECISION_STARTS, ["PENDING"], ["PENDING>APPROVED", "PENDING>REFUSED"]],
  [
    "import batch",
    IMPORT_MOVES,
    IMPORT_STARTS,
    ["QUEUED"],
    [
      "QUEUED>CHECKING",
      "CHECKING>READY",
      "CHECKING>REJECTED",
      "CHECKING>FAILED",
      "READY>CONFIRMED",
      "CONFIRMED>APPLYING",
      "APPLYING>DONE",
      "APPLYING>FAILED",
    ],
  ],
  ["outbox message", OUTBOX_MOVES, OUTBOX_STARTS, ["PENDING"], ["PENDING>SENT", "PENDING>HELD", "PENDING>FAILED"]],
  [
    "letter to a deputy",
    LETTER_MOVES,
    LETTER_STARTS,
    ["OPEN"],
    ["OPEN>ANSWERED", "OPEN>PASSED", "OPEN>RAISED", "ANSWERED>ANSWERED", "ANSWERED>PASSED", "ANSWERED>RAISED"],
  ],
];

describe.each(TABLES)("the %s status table", (_name, table, starts, expectedStarts, allowed) => {
  const all = Object.keys(table);
  it("allows exactly its moves and forbids every other", () => {
    for (const from of all)
      for (const to of all)
        expect(canMoveIn(table, from, to), `${from} → ${to}`).toBe(allowed.includes(`${from}>${to}`));
  });
  it("starts rows only in its starting statuses, from which every status is reachable", () => {
    expect([...starts]).toEqual(expectedStarts);
    const seen = new Set(starts);
    for (const s of seen) for (const to of table[s]) seen.add(to);
    expect([...seen].sort()).toEqual([...all].sort());
  });
});
