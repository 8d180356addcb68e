// What one generated suggestion consists of before it has an id: the row and its children.
import type { Prisma } from "../generated/prisma/client.ts";
import type { SuggestionKind, SuggestionSource, SuggestionStatus } from "../generated/prisma/enums.ts";
import type { Topic } from "./topics.ts";
import type { Actor, CityCtx, StationCtx, UnitCtx } from "./types.ts";

type Child<T> = Omit<T, "suggestionId">;

export interface PlannedAssignment extends Child<Prisma.AssignmentCreateManyInput> {
  unitId: number;
  round: number;
  dueAt: Date;
  assignedAt: Date;
  urges: Omit<Prisma.UrgeCreateManyInput, "suggestionId" | "assignmentId">[];
  extension?: Omit<Prisma.ExtensionRequestCreateManyInput, "assignmentId">;
}

export interface PlannedCase {
  row: Child<Prisma.SupervisionCaseCreateManyInput>;
  notes: Omit<Prisma.SupervisionNoteCreateManyInput, "caseId">[];
}

export interface SuggestionPlan {
  row: Omit<Prisma.SuggestionCreateManyInput, "mergedIntoId" | "originId"> & {
    trackingCode: string;
    status: SuggestionStatus;
  };
  /** Tracking code of the suggestion this one is merged into / was raised from (same chunk). */
  mergeInto?: string;
  origin?: string;
  events: Child<Prisma.SuggestionEventCreateManyInput>[];
  assignments: PlannedAssignment[];
  records: Child<Prisma.HandlingRecordCreateManyInput>[];
  replies: Child<Prisma.ReplyCreateManyInput>[];
  evaluations: Child<Prisma.EvaluationCreateManyInput>[];
  followUp?: Child<Prisma.FollowUpCreateManyInput>;
  cases: PlannedCase[];
  visit?: Child<Prisma.ReceptionVisitCreateManyInput>;
  dutyPoint?: { deputyId: number; at: Date };
  /** Time of the last status change: the positioning in time aims to put it before today. */
  lastAt: number;
}

/** Who raised what, where: decided before the story of its handling is told. */
export interface StorySpec {
  code: string;
  kind: SuggestionKind;
  source: SuggestionSource;
  city: CityCtx;
  station: StationCtx | null;
  topic: Topic;
  categoryId: number;
  /** The account that raised it (resident or deputy), if any. */
  proposer: Actor | null;
  proposerDeputyId: number | null;
  proposerName: string | null;
  proposerPhoneEnc: string | null;
  recordedBy: Actor | null;
  receptionSessionId: number | null;
  confidential: boolean;
  /** Target mode: the stage to stop at (and its round). Null: simulate from `start` up to today. */
  target: SuggestionStatus | null;
  targetRound: number;
  start: number;
  mergeInto?: string;
  forceUnit?: UnitCtx;
  forceClass?: "A" | "B" | "C" | "D";
}
