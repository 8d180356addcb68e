-- No clashes (decision 0069): a deputy is never on duty at two reception sessions whose times overlap, at any
-- station. SessionDeputy has no times of its own, so an exclusion constraint cannot see them; two triggers check
-- instead, after taking a per-deputy advisory lock so that two transactions scheduling the same deputy queue up
-- and the second sees the first's rows. Cancelled sessions do not count. Back-to-back sessions (one ends when the
-- next starts) do not overlap.

-- Every duty of the given deputies overlapping [starts, ends), except the session `skip_session`. The application
-- reads it too (lib/reception/duty-clash.ts) to name the other duty. Duty activities (视察, 调研, ...) join it as
-- another UNION ALL branch when their table exists.
CREATE FUNCTION deputy_duty_clashes(deputy_ids int[], starts timestamptz, ends timestamptz, skip_session int)
RETURNS TABLE ("deputyId" int, kind text, "dutyId" int, "startsAt" timestamptz, "endsAt" timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT sd."deputyId", 'session', s.id, s."startsAt", s."endsAt"
  FROM "SessionDeputy" sd
  JOIN "ReceptionSession" s ON s.id = sd."sessionId"
  WHERE sd."deputyId" = ANY (deputy_ids)
    AND s.status <> 'CANCELLED'
    AND s.id IS DISTINCT FROM skip_session
    AND s."startsAt" < ends AND s."endsAt" > starts
$$;

-- Taken by every writer of a deputy's duty, in the writer's transaction; released at its end.
CREATE FUNCTION lock_deputy_duty(deputy int) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('deputy_duty'), deputy)
$$;

CREATE FUNCTION assert_deputy_free(deputy int, starts timestamptz, ends timestamptz, skip_session int)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  PERFORM lock_deputy_duty(deputy);
  -- A new statement after the lock: under READ COMMITTED it sees what the previous lock holder committed.
  SELECT * INTO c FROM deputy_duty_clashes(ARRAY[deputy], starts, ends, skip_session) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'deputy_duty_clash: deputy % already on duty at % %', deputy, c.kind, c."dutyId"
      USING ERRCODE = 'exclusion_violation';
  END IF;
END $$;

CREATE FUNCTION session_deputy_no_clash() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s record;
BEGIN
  SELECT id, "startsAt", "endsAt", status INTO s FROM "ReceptionSession" WHERE id = NEW."sessionId";
  IF s.status <> 'CANCELLED' THEN
    PERFORM assert_deputy_free(NEW."deputyId", s."startsAt", s."endsAt", s.id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER session_deputy_no_clash AFTER INSERT OR UPDATE OF "sessionId", "deputyId" ON "SessionDeputy"
  FOR EACH ROW EXECUTE FUNCTION session_deputy_no_clash();

-- A session moved in time, or brought back from CANCELLED, is checked for each deputy on it (in id order, so two
-- such moves lock deputies in the same order).
CREATE FUNCTION reception_session_no_clash() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d int;
BEGIN
  FOR d IN SELECT "deputyId" FROM "SessionDeputy" WHERE "sessionId" = NEW.id ORDER BY "deputyId" LOOP
    PERFORM assert_deputy_free(d, NEW."startsAt", NEW."endsAt", NEW.id);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER reception_session_no_clash AFTER UPDATE OF "startsAt", "endsAt", status ON "ReceptionSession"
  FOR EACH ROW
  WHEN (NEW.status <> 'CANCELLED' AND (OLD.status = 'CANCELLED' OR OLD."startsAt" <> NEW."startsAt" OR OLD."endsAt" <> NEW."endsAt"))
  EXECUTE FUNCTION reception_session_no_clash();
