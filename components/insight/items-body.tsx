"use client";
// The list behind a figure's body from compact rows (item-rows.ts says why it is a string). A client component so
// that the page carries each row's texts once, not the rendered cells twice; it needs no JavaScript to show.
import { itemRowsHtml, type ItemLine } from "./item-rows";

export function ItemsBody({ lines }: { lines: ItemLine[] }) {
  // Every value is escaped by itemRowsHtml; the same lines give the same string on server and client.
  return <tbody dangerouslySetInnerHTML={{ __html: itemRowsHtml(lines) }} />;
}
