-- The system admin's account list (/admin/users) pages staff-type accounts newest first (keyset on "id").
-- Residents may outnumber staff a hundredfold, so the index holds only the other roles (docs/decisions/0042).
CREATE INDEX "User_staff_accounts_id" ON "User" ("id" DESC) WHERE "role" <> 'RESIDENT';
