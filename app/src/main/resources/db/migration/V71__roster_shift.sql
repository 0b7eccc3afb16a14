-- Who works when, for the capacity plan (issue 17, ADR 0045): one operator's shift on one day, in the contact
-- centre's local time. Overlaps for the same operator are refused by the application (the capacity model's Roster)
-- inside the same transaction that inserts, serialised per operator and day by a transaction-scoped advisory lock.
CREATE TABLE roster_shift
(
  id          UUID        PRIMARY KEY,
  operator_id UUID        NOT NULL REFERENCES app_user (id),
  day         DATE        NOT NULL,
  starts      TIME        NOT NULL,
  ends        TIME        NOT NULL,
  created_by  TEXT        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  CHECK (starts < ends)
);

CREATE INDEX roster_shift_day ON roster_shift (day, starts);
