-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "remindedAt" TIMESTAMPTZ(3);

-- The duty-points rubric the reception use cases credit (docs/domain-model.md); admins may change the points.
INSERT INTO "DutyPointRule" ("code", "name", "points") VALUES
  ('RECEPTION', '接待选民', 5),
  ('SOLVED_ON_SPOT', '现场解决问题', 5),
  ('INSPECTION_REPORT', '视察并提交报告', 10),
  ('REPORT_TO_VOTERS', '向选民述职', 5),
  ('SUGGESTION', '提出建议', 2)
ON CONFLICT ("code") DO NOTHING;
