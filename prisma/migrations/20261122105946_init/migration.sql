-- CreateEnum
CREATE TYPE "Role" AS ENUM ('RESIDENT', 'DEPUTY', 'STATION_ADMIN', 'COMMITTEE_STAFF', 'UNIT_STAFF', 'LEADER', 'SYSTEM_ADMIN', 'AUDITOR');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('CITY', 'DISTRICT', 'TOWNSHIP', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "StationKind" AS ENUM ('STATION', 'HOME', 'POINT');

-- CreateEnum
CREATE TYPE "DeputyLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('BOOKED', 'WAITLISTED', 'CHECKED_IN', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('OPINION', 'DEPUTY_SUGGESTION');

-- CreateEnum
CREATE TYPE "SuggestionSource" AS ENUM ('ONLINE', 'QR', 'RECEPTION', 'DEPUTY', 'WALK_IN', 'LETTER', 'HOTLINE');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'FED_BACK', 'CLOSED', 'DECLINED', 'MERGED');

-- CreateEnum
CREATE TYPE "ReplyClass" AS ENUM ('A', 'B', 'C', 'D');

-- CreateEnum
CREATE TYPE "CloseReason" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'UNRATED', 'SOLVED_ON_FOLLOW_UP');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('LEAD', 'CO');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('PENDING', 'ACCEPTED', 'RETURNED', 'OPINION_SENT', 'REPLIED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('CONTACT', 'PROGRESS', 'NOTE');

-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('FACE_TO_FACE', 'PHONE', 'OTHER');

-- CreateEnum
CREATE TYPE "ReplyStatus" AS ENUM ('SUBMITTED', 'REWORK', 'SENT');

-- CreateEnum
CREATE TYPE "EvaluationResult" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED');

-- CreateEnum
CREATE TYPE "SupervisionLevel" AS ENUM ('ROUTINE', 'KEY', 'LEADER_LED');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "AuditResult" AS ENUM ('SUCCESS', 'DENIED', 'FAILURE');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('SMS');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'HELD', 'FAILED');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateEnum
CREATE TYPE "DueStage" AS ENUM ('RESPOND', 'CLOSE', 'REPLY', 'EXTENDED_REPLY', 'CO_OPINION', 'RETURN', 'REHANDLE', 'RATE');

-- CreateEnum
CREATE TYPE "DueUnit" AS ENUM ('WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parentId" INTEGER,
    "path" VARCHAR(200) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "role" "Role" NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "username" VARCHAR(40),
    "passwordHash" VARCHAR(200),
    "phoneEnc" VARCHAR(200),
    "phoneHmac" VARCHAR(64),
    "regionId" INTEGER,
    "unitId" INTEGER,
    "deputyId" INTEGER,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "disabledAt" TIMESTAMPTZ(3),
    "passwordChangedAt" TIMESTAMPTZ(3),
    "totpSecretEnc" VARCHAR(200),
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" VARCHAR(64) NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "ip" VARCHAR(64),
    "userAgent" VARCHAR(300),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OtpCode" (
    "id" SERIAL NOT NULL,
    "phoneHmac" VARCHAR(64) NOT NULL,
    "codeHmac" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "consumedAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "ip" VARCHAR(64),

    CONSTRAINT "OtpCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "key" VARCHAR(160) NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "Station" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "kind" "StationKind" NOT NULL DEFAULT 'STATION',
    "regionId" INTEGER NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "lat" DECIMAL(9,6) NOT NULL,
    "lng" DECIMAL(9,6) NOT NULL,
    "openingHours" VARCHAR(200) NOT NULL,
    "contactName" VARCHAR(40),
    "contactPhone" VARCHAR(30),
    "intro" VARCHAR(2000),
    "starLevel" INTEGER NOT NULL DEFAULT 1,
    "hasVenue" BOOLEAN NOT NULL DEFAULT false,
    "hasStaff" BOOLEAN NOT NULL DEFAULT false,
    "hasRules" BOOLEAN NOT NULL DEFAULT false,
    "hasActivities" BOOLEAN NOT NULL DEFAULT false,
    "hasFunding" BOOLEAN NOT NULL DEFAULT false,
    "hasEquipment" BOOLEAN NOT NULL DEFAULT false,
    "qrToken" VARCHAR(32) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Station_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StationAdmin" (
    "userId" INTEGER NOT NULL,
    "stationId" INTEGER NOT NULL,

    CONSTRAINT "StationAdmin_pkey" PRIMARY KEY ("userId","stationId")
);

-- CreateTable
CREATE TABLE "ProfessionalGroup" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(60) NOT NULL,

    CONSTRAINT "ProfessionalGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deputy" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "gender" VARCHAR(4),
    "occupation" VARCHAR(120),
    "groupId" INTEGER,
    "photoUrl" VARCHAR(300),
    "bio" VARCHAR(2000),
    "qrToken" VARCHAR(32) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deputy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeputyMandate" (
    "id" SERIAL NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "level" "DeputyLevel" NOT NULL,
    "term" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "constituency" VARCHAR(80),

    CONSTRAINT "DeputyMandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StationDeputy" (
    "stationId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "since" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StationDeputy_pkey" PRIMARY KEY ("stationId","deputyId")
);

-- CreateTable
CREATE TABLE "ReceptionSession" (
    "id" SERIAL NOT NULL,
    "stationId" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "theme" VARCHAR(120) NOT NULL,
    "audience" VARCHAR(120),
    "capacity" INTEGER NOT NULL,
    "bookedCount" INTEGER NOT NULL DEFAULT 0,
    "status" "SessionStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "ruleException" VARCHAR(500),
    "summary" VARCHAR(4000),
    "createdById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReceptionSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionDeputy" (
    "sessionId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "attended" BOOLEAN,

    CONSTRAINT "SessionDeputy_pkey" PRIMARY KEY ("sessionId","deputyId")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "topic" VARCHAR(200) NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "idempotencyKey" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),
    "checkedInAt" TIMESTAMPTZ(3),

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionVisit" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "bookingId" INTEGER,
    "visitorName" VARCHAR(40),
    "raised" VARCHAR(2000) NOT NULL,
    "answeredOnSpot" VARCHAR(2000),
    "suggestionId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceptionVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(30) NOT NULL,
    "name" VARCHAR(30) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" SERIAL NOT NULL,
    "trackingCode" VARCHAR(16) NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "source" "SuggestionSource" NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "round" INTEGER NOT NULL DEFAULT 1,
    "title" VARCHAR(100) NOT NULL,
    "content" VARCHAR(5000) NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "stationId" INTEGER,
    "locationText" VARCHAR(200),
    "lat" DECIMAL(9,6),
    "lng" DECIMAL(9,6),
    "proposerId" INTEGER,
    "proposerDeputyId" INTEGER,
    "proposerName" VARCHAR(40),
    "proposerPhoneEnc" VARCHAR(200),
    "recordedById" INTEGER,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "receptionSessionId" INTEGER,
    "originId" INTEGER,
    "mergedIntoId" INTEGER,
    "declineReason" VARCHAR(1000),
    "referral" VARCHAR(300),
    "replyClass" "ReplyClass",
    "closeReason" "CloseReason",
    "dueAt" TIMESTAMPTZ(3),
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMPTZ(3),
    "assignedAt" TIMESTAMPTZ(3),
    "repliedAt" TIMESTAMPTZ(3),
    "fedBackAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "idempotencyKey" VARCHAR(64),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER,
    "replyId" INTEGER,
    "recordId" INTEGER,
    "fileName" VARCHAR(200) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandlingUnit" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "shortName" VARCHAR(30),
    "regionId" INTEGER NOT NULL,
    "contact" VARCHAR(60),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandlingUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'PENDING',
    "round" INTEGER NOT NULL DEFAULT 1,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "assignedById" INTEGER,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMPTZ(3),
    "returnedAt" TIMESTAMPTZ(3),
    "returnReason" VARCHAR(1000),
    "coOpinion" VARCHAR(4000),
    "coOpinionAt" TIMESTAMPTZ(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExtensionRequest" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "requestedDueAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" INTEGER NOT NULL,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExtensionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandlingRecord" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "authorId" INTEGER NOT NULL,
    "kind" "RecordKind" NOT NULL,
    "contactMethod" "ContactMethod",
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "content" VARCHAR(4000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandlingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reply" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "classification" "ReplyClass" NOT NULL,
    "content" VARCHAR(8000) NOT NULL,
    "status" "ReplyStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reworkReason" VARCHAR(1000),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Reply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "suggestionId" INTEGER NOT NULL,
    "classification" "ReplyClass" NOT NULL,
    "nextCheckAt" DATE NOT NULL,
    "solvedAt" TIMESTAMPTZ(3),
    "solvedById" INTEGER,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("suggestionId")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "evaluatorId" INTEGER NOT NULL,
    "result" "EvaluationResult" NOT NULL,
    "comment" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionCase" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER NOT NULL,
    "level" "SupervisionLevel" NOT NULL,
    "leaderId" INTEGER,
    "reason" VARCHAR(1000) NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "dueAt" TIMESTAMPTZ(3),
    "openedById" INTEGER,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SupervisionCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionNote" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "content" VARCHAR(2000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Urge" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "automatic" BOOLEAN NOT NULL DEFAULT true,
    "byId" INTEGER,
    "note" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Urge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionEvent" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "actorRole" "Role",
    "action" VARCHAR(40) NOT NULL,
    "fromStatus" "SuggestionStatus",
    "toStatus" "SuggestionStatus" NOT NULL,
    "reason" VARCHAR(1000),
    "public" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorRole" "Role",
    "action" VARCHAR(60) NOT NULL,
    "targetType" VARCHAR(40),
    "targetId" VARCHAR(60),
    "result" "AuditResult" NOT NULL,
    "ip" VARCHAR(64),
    "userAgent" VARCHAR(300),
    "detail" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" VARCHAR(1000) NOT NULL,
    "link" VARCHAR(300),
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
    "channel" "OutboxChannel" NOT NULL,
    "recipientEnc" VARCHAR(200) NOT NULL,
    "recipientHmac" VARCHAR(64) NOT NULL,
    "template" VARCHAR(40) NOT NULL,
    "body" VARCHAR(1000) NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" VARCHAR(30) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "source" VARCHAR(200) NOT NULL,
    "maintainedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "maintainedById" INTEGER,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "DueDateRule" (
    "id" SERIAL NOT NULL,
    "stage" "DueStage" NOT NULL,
    "kind" "SuggestionKind",
    "source" "SuggestionSource",
    "categoryId" INTEGER,
    "amount" INTEGER NOT NULL,
    "unit" "DueUnit" NOT NULL,

    CONSTRAINT "DueDateRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" VARCHAR(60) NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "DutyPointRule" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "points" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DutyPointRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyPointEntry" (
    "id" SERIAL NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "ruleId" INTEGER NOT NULL,
    "term" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "sourceType" VARCHAR(30) NOT NULL,
    "sourceId" VARCHAR(40) NOT NULL,
    "note" VARCHAR(300),
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DutyPointEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");

-- CreateIndex
CREATE INDEX "Region_path_idx" ON "Region"("path");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_phoneHmac_key" ON "User"("phoneHmac");

-- CreateIndex
CREATE UNIQUE INDEX "User_deputyId_key" ON "User"("deputyId");

-- CreateIndex
CREATE INDEX "User_role_regionId_idx" ON "User"("role", "regionId");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- CreateIndex
CREATE INDEX "OtpCode_phoneHmac_createdAt_idx" ON "OtpCode"("phoneHmac", "createdAt");

-- CreateIndex
CREATE INDEX "OtpCode_ip_createdAt_idx" ON "OtpCode"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitHit_windowStart_idx" ON "RateLimitHit"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "Station_qrToken_key" ON "Station"("qrToken");

-- CreateIndex
CREATE INDEX "Station_regionId_idx" ON "Station"("regionId");

-- CreateIndex
CREATE INDEX "Station_name_idx" ON "Station"("name");

-- CreateIndex
CREATE INDEX "StationAdmin_stationId_idx" ON "StationAdmin"("stationId");

-- CreateIndex
CREATE UNIQUE INDEX "ProfessionalGroup_name_key" ON "ProfessionalGroup"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Deputy_qrToken_key" ON "Deputy"("qrToken");

-- CreateIndex
CREATE INDEX "Deputy_name_idx" ON "Deputy"("name");

-- CreateIndex
CREATE INDEX "DeputyMandate_level_term_idx" ON "DeputyMandate"("level", "term");

-- CreateIndex
CREATE INDEX "DeputyMandate_regionId_idx" ON "DeputyMandate"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "DeputyMandate_deputyId_level_term_key" ON "DeputyMandate"("deputyId", "level", "term");

-- CreateIndex
CREATE INDEX "StationDeputy_deputyId_idx" ON "StationDeputy"("deputyId");

-- CreateIndex
CREATE INDEX "ReceptionSession_stationId_startsAt_idx" ON "ReceptionSession"("stationId", "startsAt");

-- CreateIndex
CREATE INDEX "ReceptionSession_startsAt_idx" ON "ReceptionSession"("startsAt");

-- CreateIndex
CREATE INDEX "SessionDeputy_deputyId_idx" ON "SessionDeputy"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_code_key" ON "Booking"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_idempotencyKey_key" ON "Booking"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Booking_sessionId_status_createdAt_idx" ON "Booking"("sessionId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Booking_residentId_createdAt_idx" ON "Booking"("residentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionVisit_suggestionId_key" ON "ReceptionVisit"("suggestionId");

-- CreateIndex
CREATE INDEX "ReceptionVisit_sessionId_idx" ON "ReceptionVisit"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_code_key" ON "Category"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_trackingCode_key" ON "Suggestion"("trackingCode");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_idempotencyKey_key" ON "Suggestion"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Suggestion_status_submittedAt_id_idx" ON "Suggestion"("status", "submittedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Suggestion_regionId_status_submittedAt_idx" ON "Suggestion"("regionId", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Suggestion_stationId_status_submittedAt_idx" ON "Suggestion"("stationId", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Suggestion_categoryId_status_submittedAt_idx" ON "Suggestion"("categoryId", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Suggestion_status_dueAt_idx" ON "Suggestion"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Suggestion_proposerId_submittedAt_idx" ON "Suggestion"("proposerId", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Suggestion_proposerDeputyId_submittedAt_idx" ON "Suggestion"("proposerDeputyId", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Suggestion_originId_idx" ON "Suggestion"("originId");

-- CreateIndex
CREATE INDEX "Suggestion_mergedIntoId_idx" ON "Suggestion"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Suggestion_submittedAt_idx" ON "Suggestion"("submittedAt");

-- CreateIndex
CREATE INDEX "Attachment_suggestionId_idx" ON "Attachment"("suggestionId");

-- CreateIndex
CREATE INDEX "Attachment_replyId_idx" ON "Attachment"("replyId");

-- CreateIndex
CREATE INDEX "Attachment_recordId_idx" ON "Attachment"("recordId");

-- CreateIndex
CREATE UNIQUE INDEX "HandlingUnit_name_key" ON "HandlingUnit"("name");

-- CreateIndex
CREATE INDEX "HandlingUnit_regionId_idx" ON "HandlingUnit"("regionId");

-- CreateIndex
CREATE INDEX "Assignment_unitId_status_dueAt_idx" ON "Assignment"("unitId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Assignment_status_dueAt_idx" ON "Assignment"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_suggestionId_unitId_round_key" ON "Assignment"("suggestionId", "unitId", "round");

-- CreateIndex
CREATE INDEX "ExtensionRequest_assignmentId_idx" ON "ExtensionRequest"("assignmentId");

-- CreateIndex
CREATE INDEX "ExtensionRequest_status_idx" ON "ExtensionRequest"("status");

-- CreateIndex
CREATE INDEX "HandlingRecord_suggestionId_occurredAt_idx" ON "HandlingRecord"("suggestionId", "occurredAt");

-- CreateIndex
CREATE INDEX "Reply_suggestionId_round_idx" ON "Reply"("suggestionId", "round");

-- CreateIndex
CREATE INDEX "Reply_unitId_createdAt_idx" ON "Reply"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowUp_solvedAt_nextCheckAt_idx" ON "FollowUp"("solvedAt", "nextCheckAt");

-- CreateIndex
CREATE INDEX "Evaluation_result_createdAt_idx" ON "Evaluation"("result", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_suggestionId_round_key" ON "Evaluation"("suggestionId", "round");

-- CreateIndex
CREATE INDEX "SupervisionCase_suggestionId_idx" ON "SupervisionCase"("suggestionId");

-- CreateIndex
CREATE INDEX "SupervisionCase_status_level_idx" ON "SupervisionCase"("status", "level");

-- CreateIndex
CREATE INDEX "SupervisionCase_leaderId_status_idx" ON "SupervisionCase"("leaderId", "status");

-- CreateIndex
CREATE INDEX "SupervisionNote_caseId_createdAt_idx" ON "SupervisionNote"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "Urge_suggestionId_idx" ON "Urge"("suggestionId");

-- CreateIndex
CREATE UNIQUE INDEX "Urge_assignmentId_dueAt_automatic_key" ON "Urge"("assignmentId", "dueAt", "automatic");

-- CreateIndex
CREATE INDEX "SuggestionEvent_suggestionId_createdAt_idx" ON "SuggestionEvent"("suggestionId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_occurredAt_idx" ON "AuditEvent"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_occurredAt_idx" ON "AuditEvent"("action", "occurredAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_recipientHmac_createdAt_idx" ON "OutboxMessage"("recipientHmac", "createdAt" DESC);

-- CreateIndex
-- Hand-edited: NULLS NOT DISTINCT, so there is one default rule per stage and kind (NULL means "any").
CREATE UNIQUE INDEX "DueDateRule_stage_kind_source_categoryId_key" ON "DueDateRule"("stage", "kind", "source", "categoryId") NULLS NOT DISTINCT;

-- CreateIndex
CREATE UNIQUE INDEX "DutyPointRule_code_key" ON "DutyPointRule"("code");

-- CreateIndex
CREATE INDEX "DutyPointEntry_term_deputyId_idx" ON "DutyPointEntry"("term", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyPointEntry_deputyId_ruleId_sourceType_sourceId_key" ON "DutyPointEntry"("deputyId", "ruleId", "sourceType", "sourceId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Station" ADD CONSTRAINT "Station_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationAdmin" ADD CONSTRAINT "StationAdmin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationAdmin" ADD CONSTRAINT "StationAdmin_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ProfessionalGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyMandate" ADD CONSTRAINT "DeputyMandate_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyMandate" ADD CONSTRAINT "DeputyMandate_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationDeputy" ADD CONSTRAINT "StationDeputy_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationDeputy" ADD CONSTRAINT "StationDeputy_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionDeputy" ADD CONSTRAINT "SessionDeputy_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionDeputy" ADD CONSTRAINT "SessionDeputy_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_proposerDeputyId_fkey" FOREIGN KEY ("proposerDeputyId") REFERENCES "Deputy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_receptionSessionId_fkey" FOREIGN KEY ("receptionSessionId") REFERENCES "ReceptionSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_originId_fkey" FOREIGN KEY ("originId") REFERENCES "Suggestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Suggestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "HandlingRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingUnit" ADD CONSTRAINT "HandlingUnit_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingRecord" ADD CONSTRAINT "HandlingRecord_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingRecord" ADD CONSTRAINT "HandlingRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reply" ADD CONSTRAINT "Reply_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reply" ADD CONSTRAINT "Reply_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionCase" ADD CONSTRAINT "SupervisionCase_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionCase" ADD CONSTRAINT "SupervisionCase_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNote" ADD CONSTRAINT "SupervisionNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SupervisionCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Urge" ADD CONSTRAINT "Urge_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Urge" ADD CONSTRAINT "Urge_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionEvent" ADD CONSTRAINT "SuggestionEvent_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionEvent" ADD CONSTRAINT "SuggestionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DueDateRule" ADD CONSTRAINT "DueDateRule_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyPointEntry" ADD CONSTRAINT "DutyPointEntry_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyPointEntry" ADD CONSTRAINT "DutyPointEntry_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "DutyPointRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─────────────── Hand-written: what Prisma's schema language cannot say ───────────────
-- (docs/decisions/0001-offline-migrations.md: appended SQL survives because diffs are schema-to-schema.)

-- Value ranges the application must never be able to break.
ALTER TABLE "Station" ADD CONSTRAINT "Station_starLevel_range" CHECK ("starLevel" BETWEEN 1 AND 5);
ALTER TABLE "Station" ADD CONSTRAINT "Station_coordinates_range" CHECK ("lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180);
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_capacity_nonnegative" CHECK ("capacity" >= 0);
-- R1: the database, not the application, guarantees no overbooking.
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_not_overbooked" CHECK ("bookedCount" >= 0 AND "bookedCount" <= "capacity");
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_round_positive" CHECK ("round" >= 1);
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_not_merged_into_itself" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_declined_has_reason" CHECK ("status" <> 'DECLINED' OR "declineReason" IS NOT NULL);
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_merged_has_target" CHECK ("status" <> 'MERGED' OR "mergedIntoId" IS NOT NULL);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_size_limit" CHECK ("size" > 0 AND "size" <= 10485760);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_has_one_owner" CHECK (num_nonnulls("suggestionId", "replyId", "recordId") = 1);
ALTER TABLE "User" ADD CONSTRAINT "User_can_sign_in" CHECK (
  ("role" = 'RESIDENT' AND "phoneHmac" IS NOT NULL) OR ("role" <> 'RESIDENT' AND "username" IS NOT NULL)
);
ALTER TABLE "User" ADD CONSTRAINT "User_failed_logins_nonnegative" CHECK ("failedLoginCount" >= 0);
ALTER TABLE "OtpCode" ADD CONSTRAINT "OtpCode_attempts_nonnegative" CHECK ("attempts" >= 0);
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_round_positive" CHECK ("round" >= 1);
ALTER TABLE "DueDateRule" ADD CONSTRAINT "DueDateRule_amount_positive" CHECK ("amount" > 0);

-- One active booking per resident and session (R2); cancelled and no-show bookings do not count.
CREATE UNIQUE INDEX "Booking_one_active_per_resident" ON "Booking" ("sessionId", "residentId")
  WHERE "status" IN ('BOOKED', 'WAITLISTED', 'CHECKED_IN');
-- At most one live lead unit per suggestion and round.
CREATE UNIQUE INDEX "Assignment_one_live_lead" ON "Assignment" ("suggestionId", "round")
  WHERE "role" = 'LEAD' AND "status" NOT IN ('RETURNED', 'WITHDRAWN');
-- Open deadlines, for the lights and automatic urging, without scanning closed items.
CREATE INDEX "Suggestion_open_due" ON "Suggestion" ("dueAt")
  WHERE "status" NOT IN ('CLOSED', 'DECLINED', 'MERGED');

-- S9: audit rows cannot be changed, nor removed before 180 days, by anyone using the application's connection.
CREATE FUNCTION "audit_event_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD."occurredAt" < now() - interval '180 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditEvent rows are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_guard"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_guard"();
