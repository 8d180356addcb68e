-- CreateIndex
CREATE INDEX "AuditEvent_result_id_idx" ON "AuditEvent"("result", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_id_idx" ON "AuditEvent"("targetType", "targetId", "id");

-- S9 retention (docs/decisions/0038-audit-retention.md). The application role may not DELETE audit rows; the
-- retention job calls this function instead. It runs with its owner's rights (SECURITY DEFINER), deletes only
-- rows older than the retention it is given, and refuses any retention under 180 days; the table's trigger
-- (audit_event_guard) refuses younger deletions besides. EXECUTE is granted to the application role by the
-- grant step that follows every migration (scripts/lib/db-roles.ts), and revoked from PUBLIC here.
CREATE FUNCTION "audit_event_purge_expired"(retention_days integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  removed bigint;
BEGIN
  IF retention_days IS NULL OR retention_days < 180 THEN
    RAISE EXCEPTION 'audit retention must be at least 180 days (got %)', retention_days
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  DELETE FROM "AuditEvent" WHERE "occurredAt" < now() - make_interval(days => retention_days);
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END;
$$;
REVOKE ALL ON FUNCTION "audit_event_purge_expired"(integer) FROM PUBLIC;
