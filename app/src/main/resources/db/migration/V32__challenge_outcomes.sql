-- challenges module (ADR 0024): the outcome of each question put to a school, stored with the mark it was about,
-- in the same transaction. code_typed_first is the code that raised the question; code_saved the mark's code.
CREATE TABLE challenge_outcome
(
  id               UUID PRIMARY KEY,
  mark_id          UUID        NOT NULL REFERENCES mark (id),
  child_id         UUID        NOT NULL REFERENCES child (id),
  authority_id     UUID        NOT NULL REFERENCES authority (id),
  provision_id     UUID        NOT NULL REFERENCES provision (id),
  on_date          DATE        NOT NULL,
  session          TEXT        NOT NULL CHECK (session IN ('AM', 'PM')),
  call_id          UUID,
  kind             TEXT        NOT NULL,
  question         TEXT        NOT NULL,
  outcome          TEXT        NOT NULL CHECK (outcome IN ('UPHELD', 'CHANGED', 'SCHOOL_WILL_CHECK')),
  code_typed_first TEXT        NOT NULL,
  code_saved       TEXT        NOT NULL,
  recorded_by      TEXT        NOT NULL,
  recorded_at      TIMESTAMPTZ NOT NULL,
  -- "School will check" stands until a later mark for the session replaces the one asked about.
  closed_by_mark   UUID,
  closed_at        TIMESTAMPTZ
);
CREATE INDEX challenge_outcome_child_idx ON challenge_outcome (child_id, on_date);
CREATE INDEX challenge_outcome_authority_idx ON challenge_outcome (authority_id, on_date);
CREATE INDEX challenge_outcome_open_idx ON challenge_outcome (provision_id, on_date) WHERE outcome = 'SCHOOL_WILL_CHECK' AND closed_at IS NULL;
