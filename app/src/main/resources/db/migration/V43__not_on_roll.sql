-- enrolment module: a child who left a school's roll with no new school (ADR 0030), heard on a call or recorded by
-- an admin. The directory's placement is ended through its API in the same transaction; this is the record the
-- authority's "Not on roll" list reads, with who, when and how it was heard. One row per placement left: heard a
-- second time it is the same row, so the authority is told once.
CREATE TABLE not_on_roll
(
  id                   UUID PRIMARY KEY,
  child_id             UUID        NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  authority_id         UUID        NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
  provision_id         UUID        NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
  placement_starts_on  DATE        NOT NULL, -- which placement at the school was left
  last_day             DATE        NOT NULL, -- the last day on roll; not on roll since the day after
  source               TEXT        NOT NULL CHECK (source IN ('CALL', 'ADMIN')),
  recorded_by          TEXT        NOT NULL,
  recorded_at          TIMESTAMPTZ NOT NULL,
  note                 TEXT,
  message_id           UUID,                 -- the email to the authority in the outbox (notify module)
  UNIQUE (child_id, provision_id, placement_starts_on)
);
CREATE INDEX not_on_roll_authority_idx ON not_on_roll (authority_id, last_day DESC, id);
