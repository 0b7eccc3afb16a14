-- escalation module: one escalation per child, day and trigger, and its timeline of states kept as data.
CREATE TABLE escalation
(
  id             UUID PRIMARY KEY,
  child_id       UUID        NOT NULL REFERENCES child (id),
  authority_id   UUID        NOT NULL REFERENCES authority (id),
  provision_id   UUID        NOT NULL REFERENCES provision (id),
  on_date        DATE        NOT NULL,
  session        TEXT        NOT NULL CHECK (session IN ('AM', 'PM')),
  trigger        TEXT        NOT NULL CHECK (trigger IN ('UNAUTHORISED_ABSENCE', 'EXCLUSION')),
  mark_id        UUID        NOT NULL,
  code           TEXT        NOT NULL,
  school_reason  TEXT,
  state          TEXT        NOT NULL CHECK (state IN ('CARER_CALL_DUE', 'SOCIAL_WORKER_TOLD', 'NOBODY_TO_TELL',
                                                       'LETTER_REQUESTED', 'LETTER_RECEIVED', 'WITHDRAWN')),
  carer_reason   TEXT,
  carer_number_wrong BOOLEAN NOT NULL DEFAULT false,
  carer_attempts INT         NOT NULL DEFAULT 0 CHECK (carer_attempts >= 0),
  opened_at      TIMESTAMPTZ NOT NULL,
  closed_at      TIMESTAMPTZ,
  -- The same mark twice, a replayed event or a correction to another code of the same kind finds this row.
  UNIQUE (child_id, on_date, trigger)
);
CREATE INDEX escalation_authority_date_idx ON escalation (authority_id, on_date);
CREATE INDEX escalation_open_idx ON escalation (opened_at) WHERE closed_at IS NULL;

CREATE TABLE escalation_timeline
(
  seq           BIGSERIAL PRIMARY KEY,
  escalation_id UUID        NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
  at            TIMESTAMPTZ NOT NULL,
  who           TEXT        NOT NULL,
  step          TEXT        NOT NULL,
  said          TEXT        NOT NULL
);
CREATE INDEX escalation_timeline_idx ON escalation_timeline (escalation_id, seq);

-- Per authority: where social care is told when a child has no social worker on record, and the carer script.
CREATE TABLE escalation_authority
(
  authority_id UUID PRIMARY KEY REFERENCES authority (id) ON DELETE CASCADE,
  duty_email   TEXT,
  carer_script TEXT
);
