// Column lists for the bulk inserts (bulk.ts), typed against Prisma's create inputs so a renamed column
// fails the type check. Every NOT NULL column with a default is listed and always given a value.
import { tableSpec } from "./bulk.ts";
import type { Prisma } from "../generated/prisma/client.ts";

const e = (name: string) => ({ enum: name });
const stamp = { createdAt: "timestamptz" } as const;

export const T = {
  region: tableSpec<Prisma.RegionCreateManyInput>("Region", { code: "text", name: "text", level: e("RegionLevel"), parentId: "int", path: "text" }),
  unit: tableSpec<Prisma.HandlingUnitCreateManyInput>("HandlingUnit", { name: "text", shortName: "text", regionId: "int", contact: "text", ...stamp }),
  station: tableSpec<Prisma.StationCreateManyInput>("Station", {
    name: "text", kind: e("StationKind"), regionId: "int", address: "text", lat: "numeric", lng: "numeric", openingHours: "text",
    contactName: "text", contactPhone: "text", intro: "text", starLevel: "int", hasVenue: "bool", hasStaff: "bool", hasRules: "bool",
    hasActivities: "bool", hasFunding: "bool", hasEquipment: "bool", qrToken: "text", active: "bool", ...stamp, updatedAt: "timestamptz",
  }),
  deputy: tableSpec<Prisma.DeputyCreateManyInput>("Deputy", {
    name: "text", gender: "text", occupation: "text", groupId: "int", bio: "text", qrToken: "text", active: "bool", ...stamp,
  }),
  mandate: tableSpec<Prisma.DeputyMandateCreateManyInput>("DeputyMandate", { deputyId: "int", level: e("DeputyLevel"), term: "int", regionId: "int", constituency: "text" }),
  stationDeputy: tableSpec<Prisma.StationDeputyCreateManyInput>("StationDeputy", { stationId: "int", deputyId: "int", since: "date" }),
  user: tableSpec<Prisma.UserCreateManyInput>("User", {
    role: e("Role"), name: "text", username: "text", passwordHash: "text", phoneEnc: "text", phoneHmac: "text", regionId: "int",
    unitId: "int", deputyId: "int", passwordChangedAt: "timestamptz", ...stamp, updatedAt: "timestamptz",
  }),
  stationAdmin: tableSpec<Prisma.StationAdminCreateManyInput>("StationAdmin", { userId: "int", stationId: "int" }),
  session: tableSpec<Prisma.ReceptionSessionCreateManyInput>("ReceptionSession", {
    stationId: "int", startsAt: "timestamptz", endsAt: "timestamptz", theme: "text", audience: "text", capacity: "int", bookedCount: "int",
    status: e("SessionStatus"), publishedAt: "timestamptz", summary: "text", createdById: "int", ...stamp, updatedAt: "timestamptz",
  }),
  sessionDeputy: tableSpec<Prisma.SessionDeputyCreateManyInput>("SessionDeputy", { sessionId: "int", deputyId: "int", attended: "bool" }),
  booking: tableSpec<Prisma.BookingCreateManyInput>("Booking", {
    code: "text", sessionId: "int", residentId: "int", topic: "text", status: e("BookingStatus"), ...stamp, cancelledAt: "timestamptz",
    checkedInAt: "timestamptz",
  }),
  visit: tableSpec<Prisma.ReceptionVisitCreateManyInput>("ReceptionVisit", {
    sessionId: "int", bookingId: "int", visitorName: "text", raised: "text", answeredOnSpot: "text", suggestionId: "int", ...stamp,
  }),
  suggestion: tableSpec<Prisma.SuggestionCreateManyInput>("Suggestion", {
    trackingCode: "text", kind: e("SuggestionKind"), source: e("SuggestionSource"), status: e("SuggestionStatus"), version: "int",
    round: "int", title: "text", content: "text", categoryId: "int", regionId: "int", stationId: "int", locationText: "text",
    lat: "numeric", lng: "numeric", proposerId: "int", proposerDeputyId: "int", proposerName: "text", proposerPhoneEnc: "text",
    recordedById: "int", confidential: "bool", receptionSessionId: "int", originId: "int", mergedIntoId: "int", declineReason: "text",
    referral: "text", replyClass: e("ReplyClass"), closeReason: e("CloseReason"), dueAt: "timestamptz", submittedAt: "timestamptz",
    acceptedAt: "timestamptz", assignedAt: "timestamptz", repliedAt: "timestamptz", fedBackAt: "timestamptz", closedAt: "timestamptz",
    updatedAt: "timestamptz",
  }),
  event: tableSpec<Prisma.SuggestionEventCreateManyInput>("SuggestionEvent", {
    suggestionId: "int", actorId: "int", actorRole: e("Role"), action: "text", fromStatus: e("SuggestionStatus"),
    toStatus: e("SuggestionStatus"), reason: "text", public: "bool", ...stamp,
  }),
  assignment: tableSpec<Prisma.AssignmentCreateManyInput>("Assignment", {
    suggestionId: "int", unitId: "int", role: e("AssignmentRole"), status: e("AssignmentStatus"), round: "int", dueAt: "timestamptz",
    assignedById: "int", assignedAt: "timestamptz", acceptedAt: "timestamptz", returnedAt: "timestamptz", returnReason: "text",
    coOpinion: "text", coOpinionAt: "timestamptz",
  }),
  urge: tableSpec<Prisma.UrgeCreateManyInput>("Urge", {
    suggestionId: "int", assignmentId: "int", dueAt: "timestamptz", automatic: "bool", byId: "int", note: "text", ...stamp,
  }),
  extension: tableSpec<Prisma.ExtensionRequestCreateManyInput>("ExtensionRequest", {
    assignmentId: "int", requestedDueAt: "timestamptz", reason: "text", status: e("DecisionStatus"), requestedById: "int",
    decidedById: "int", decidedAt: "timestamptz", ...stamp,
  }),
  record: tableSpec<Prisma.HandlingRecordCreateManyInput>("HandlingRecord", {
    suggestionId: "int", unitId: "int", authorId: "int", kind: e("RecordKind"), contactMethod: e("ContactMethod"),
    occurredAt: "timestamptz", content: "text", ...stamp,
  }),
  reply: tableSpec<Prisma.ReplyCreateManyInput>("Reply", {
    suggestionId: "int", unitId: "int", round: "int", classification: e("ReplyClass"), content: "text", status: e("ReplyStatus"),
    reworkReason: "text", createdById: "int", ...stamp, sentAt: "timestamptz",
  }),
  evaluation: tableSpec<Prisma.EvaluationCreateManyInput>("Evaluation", {
    suggestionId: "int", round: "int", evaluatorId: "int", result: e("EvaluationResult"), comment: "text", ...stamp,
  }),
  followUp: tableSpec<Prisma.FollowUpCreateManyInput>("FollowUp", {
    suggestionId: "int", classification: e("ReplyClass"), nextCheckAt: "date", solvedAt: "timestamptz", solvedById: "int",
  }),
  supervisionCase: tableSpec<Prisma.SupervisionCaseCreateManyInput>("SupervisionCase", {
    suggestionId: "int", level: e("SupervisionLevel"), leaderId: "int", reason: "text", status: e("CaseStatus"), dueAt: "timestamptz",
    openedById: "int", openedAt: "timestamptz", closedAt: "timestamptz",
  }),
  supervisionNote: tableSpec<Prisma.SupervisionNoteCreateManyInput>("SupervisionNote", { caseId: "int", authorId: "int", content: "text", ...stamp }),
  dutyPoint: tableSpec<Prisma.DutyPointEntryCreateManyInput>("DutyPointEntry", {
    deputyId: "int", ruleId: "int", term: "int", points: "int", sourceType: "text", sourceId: "text", note: "text",
    occurredAt: "timestamptz", publishedAt: "timestamptz",
  }),
};
