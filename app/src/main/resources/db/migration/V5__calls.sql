-- calls module: operators' availability and call attempts (one row a dial attempt).
CREATE TABLE operator_status
(
  user_id         UUID PRIMARY KEY REFERENCES app_user (id),
  username        TEXT        NOT NULL,
  endpoint        TEXT        NOT NULL,
  status          TEXT        NOT NULL CHECK (status IN ('OFFLINE', 'READY', 'RESERVED', 'ON_CALL', 'WRAP_UP')),
  current_call_id UUID,
  since           TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE call
(
  id             UUID PRIMARY KEY,
  provision_id   UUID        NOT NULL REFERENCES provision (id),
  call_date      DATE        NOT NULL,
  window_id      UUID        NOT NULL REFERENCES call_window (id),
  window_closes  TIMESTAMPTZ NOT NULL,
  due_at         TIMESTAMPTZ NOT NULL,
  attempt        INT         NOT NULL DEFAULT 1,
  status         TEXT        NOT NULL CHECK (status IN ('DUE', 'OFFERED', 'DIALLING', 'RINGING', 'CONNECTED',
                                                         'WRAP_UP', 'DONE', 'MISSED')),
  operator_id    UUID REFERENCES app_user (id),
  operator_name  TEXT,
  offered_at     TIMESTAMPTZ,
  placed_at      TIMESTAMPTZ,
  answered_at    TIMESTAMPTZ,
  bridged_at     TIMESTAMPTZ,
  ended_at       TIMESTAMPTZ,
  talk_seconds   INT,
  end_cause      TEXT,
  outcome        TEXT CHECK (outcome IN ('COMPLETED', 'NO_ANSWER', 'BUSY', 'CALL_BACK', 'FAILED')),
  callback_at    TIMESTAMPTZ,
  wrapped_up_at  TIMESTAMPTZ,
  follows_call   UUID REFERENCES call (id)
);
-- The plan is made once a day per window; a retry is a new row that follows the earlier one.
CREATE UNIQUE INDEX call_plan_idx ON call (window_id, call_date, attempt);
CREATE INDEX call_due_idx ON call (due_at) WHERE status = 'DUE';
CREATE INDEX call_date_idx ON call (call_date);
