-- This is an empty migration.
-- No clashes, duty activities too (issue 15, decision 0069): a deputy taking part in a 视察, 调研, 述职... is on
-- duty for its time, so it may not overlap a reception session or another activity of the same deputy. The
-- overlap function gains the activity branch (and an activity to leave out when checking that activity itself);
-- the existing session triggers call it unchanged, through the new parameter's default.
DROP FUNCTION assert_deputy_free(int, timestamptz, timestamptz, int);
DROP FUNCTION deputy_duty_clashes(int[], timestamptz, timestamptz, int);

CREATE FUNCTION deputy_duty_clashes(
  deputy_ids int[], starts timestamptz, ends timestamptz, skip_session int, skip_activity int DEFAULT NULL
)
RETURNS TABLE ("deputyId" int, kind text, "dutyId" int, "startsAt" timestamptz, "endsAt" timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT sd."deputyId", 'session', s.id, s."startsAt", s."endsAt"
  FROM "SessionDeputy" sd
  JOIN "ReceptionSession" s ON s.id = sd."sessionId"
  WHERE sd."deputyId" = ANY (deputy_ids)
    AND s.status <> 'CANCELLED'
    AND s.id IS DISTINCT FROM skip_session
    AND s."startsAt" < ends AND s."endsAt" > starts
  UNION ALL
  SELECT ad."deputyId", 'activity', a.id, a."startsAt", a."endsAt"
  FROM "DutyActivityDeputy" ad
  JOIN "DutyActivity" a ON a.id = ad."activityId"
  WHERE ad."deputyId" = ANY (deputy_ids)
    AND a.id IS DISTINCT FROM skip_activity
    AND a."startsAt" < ends AND a."endsAt" > starts
$$;

CREATE FUNCTION assert_deputy_free(
  deputy int, starts timestamptz, ends timestamptz, skip_session int, skip_activity int DEFAULT NULL
)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  PERFORM lock_deputy_duty(deputy);
  -- A new statement after the lock: under READ COMMITTED it sees what the previous lock holder committed.
  SELECT * INTO c FROM deputy_duty_clashes(ARRAY[deputy], starts, ends, skip_session, skip_activity) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'deputy_duty_clash: deputy % already on duty at % %', deputy, c.kind, c."dutyId"
      USING ERRCODE = 'exclusion_violation';
  END IF;
END $$;

CREATE FUNCTION activity_deputy_no_clash() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a record;
BEGIN
  SELECT id, "startsAt", "endsAt" INTO a FROM "DutyActivity" WHERE id = NEW."activityId";
  PERFORM assert_deputy_free(NEW."deputyId", a."startsAt", a."endsAt", NULL, a.id);
  RETURN NULL;
END $$;

CREATE TRIGGER activity_deputy_no_clash AFTER INSERT OR UPDATE OF "activityId", "deputyId" ON "DutyActivityDeputy"
  FOR EACH ROW EXECUTE FUNCTION activity_deputy_no_clash();

CREATE FUNCTION duty_activity_no_clash() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d int;
BEGIN
  FOR d IN SELECT "deputyId" FROM "DutyActivityDeputy" WHERE "activityId" = NEW.id ORDER BY "deputyId" LOOP
    PERFORM assert_deputy_free(d, NEW."startsAt", NEW."endsAt", NULL, NEW.id);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER duty_activity_no_clash AFTER UPDATE OF "startsAt", "endsAt" ON "DutyActivity"
  FOR EACH ROW
  WHEN (OLD."startsAt" <> NEW."startsAt" OR OLD."endsAt" <> NEW."endsAt")
  EXECUTE FUNCTION duty_activity_no_clash();
