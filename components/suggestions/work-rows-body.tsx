"use client";
// The staff queue's and a unit's list bodies from compact rows (work-rows.ts says why they are strings). Client
// components so that the page carries each row's texts once, not the rendered cells twice; they need no JavaScript
// to show, and the titles are plain links (fifty next/links would each be hydrated and prefetch their item page).
import { assignmentRowsHtml, queueRowsHtml, type AssignmentLine, type QueueLine } from "./work-rows";

export function QueueBody({ lines }: { lines: QueueLine[] }) {
  // Every value is escaped by queueRowsHtml; the same lines give the same string on server and client.
  return <tbody dangerouslySetInnerHTML={{ __html: queueRowsHtml(lines) }} />;
}

export function AssignmentBody({ lines }: { lines: AssignmentLine[] }) {
  return <tbody dangerouslySetInnerHTML={{ __html: assignmentRowsHtml(lines) }} />;
}
