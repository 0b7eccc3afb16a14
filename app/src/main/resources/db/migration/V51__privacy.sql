-- privacy module (ADR 0034): retention of personal data per authority, subject-access exports, the erasure log.
CREATE TABLE privacy_retention
(
  authority_id UUID PRIMARY KEY REFERENCES authority (id) ON DELETE CASCADE,
  months       INT         NOT NULL CHECK (months BETWEEN 12 AND 300),
  set_by       TEXT        NOT NULL,
  set_at       TIMESTAMPTZ NOT NULL
);

-- One subject-access export per request; the archive itself lives in the data directory, never in the database.
CREATE TABLE privacy_export
(
  id           UUID PRIMARY KEY,
  child_id     UUID        NOT NULL,  -- no foreign key: an erasure does not wait for an export to expire
  child_label  TEXT        NOT NULL,  -- blanked when the child is erased
  requested_by TEXT        NOT NULL,
  requested_at TIMESTAMPTZ NOT NULL,
  status       TEXT        NOT NULL CHECK (status IN ('RUNNING', 'READY', 'FAILED', 'EXPIRED')),
  parts_done   INT         NOT NULL DEFAULT 0,
  parts_total  INT         NOT NULL DEFAULT 0,
  size_bytes   BIGINT,
  problem      TEXT,
  finished_at  TIMESTAMPTZ,
  expires_at   TIMESTAMPTZ
);
CREATE INDEX privacy_export_child_idx ON privacy_export (child_id, requested_at);

-- What was erased and when. The reference is the child's surrogate id, which after erasure points at no name.
CREATE TABLE privacy_erasure
(
  id                 UUID PRIMARY KEY,
  reference          UUID        NOT NULL UNIQUE,
  authority_id       UUID        NOT NULL REFERENCES authority (id),
  erased_at          TIMESTAMPTZ NOT NULL,
  erased_by          TEXT        NOT NULL,
  trigger            TEXT        NOT NULL CHECK (trigger IN ('REQUEST', 'RETENTION')),
  reason             TEXT        NOT NULL,
  left_on            DATE,
  recordings_due     INT         NOT NULL DEFAULT 0
);

-- Recordings an erasure removes from object storage after its commit; kept here until the store confirms.
CREATE TABLE privacy_recording_due
(
  call_id      UUID PRIMARY KEY,
  erasure_id   UUID        NOT NULL REFERENCES privacy_erasure (id),
  attempts     INT         NOT NULL DEFAULT 0,
  last_problem TEXT
);

-- The daily retention run: one row per day, so several nodes run it once.
CREATE TABLE privacy_retention_run
(
  run_on      DATE PRIMARY KEY,
  started_at  TIMESTAMPTZ NOT NULL,
  erased      INT
);
