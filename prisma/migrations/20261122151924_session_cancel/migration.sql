-- AlterTable
ALTER TABLE "ReceptionSession" ADD COLUMN     "cancelReason" VARCHAR(500),
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3);

-- Hand-written: a cancelled session says when and why; nobody holds a place in it.
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_cancel_reason"
  CHECK ("status" <> 'CANCELLED' OR ("cancelReason" IS NOT NULL AND "cancelledAt" IS NOT NULL AND "bookedCount" = 0));
