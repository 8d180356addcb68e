// The round's rule, as a pure function: candidates ranked by 赞成; a candidate is decided when it is among the
// first N places and has more 赞成 than half of the electorate (the deputies present, or all of the congress).
// Equal 赞成 across the last place cannot be decided by the portal: those candidates are TIED for the meeting.

export type Ranked = { id: number; outcome: "DECIDED" | "NOT_DECIDED" | "TIED"; rank: number; yes: number };

export function decideOutcome(rows: { id: number; yes: number }[], places: number, electorate: number): Ranked[] {
  const sorted = [...rows].sort((a, b) => b.yes - a.yes || a.id - b.id);
  const passes = (yes: number) => yes * 2 > electorate;
  const eligible = sorted.filter((r) => passes(r.yes));
  let cutoffYes: number | null = null;
  let tiedYes: number | null = null;
  if (eligible.length > places) {
    cutoffYes = eligible[places - 1].yes;
    if (eligible[places].yes === cutoffYes) tiedYes = cutoffYes;
  }
  return sorted.map((r) => {
    // Standard competition rank: equal 赞成, equal rank.
    const rank = sorted.findIndex((s) => s.yes === r.yes) + 1;
    let outcome: Ranked["outcome"] = "NOT_DECIDED";
    if (passes(r.yes)) {
      if (tiedYes != null && r.yes === tiedYes) outcome = "TIED";
      else if (cutoffYes == null || r.yes > cutoffYes || (tiedYes == null && r.yes >= cutoffYes)) {
        outcome = eligible.indexOf(r) < places ? "DECIDED" : "NOT_DECIDED";
      }
    }
    return { id: r.id, outcome, rank, yes: r.yes };
  });
}
