"use client";
// A breakdown table's body from compact rows (breakdown-rows.ts says why it is a string). A client component so
// that the page carries the rows' numbers once, not the rendered cells twice; it needs no JavaScript to show.
import { breakdownRowsHtml, type BreakdownLine } from "./breakdown-rows";

export function BreakdownBody({ lines }: { lines: BreakdownLine[] }) {
  // Every value is escaped by breakdownRowsHtml; the same lines give the same string on server and client.
  return <tbody dangerouslySetInnerHTML={{ __html: breakdownRowsHtml(lines) }} />;
}
