-- recording module: each call's recording, pending until the store confirms it, then stored.
CREATE TABLE recording
(
  call_id      UUID PRIMARY KEY REFERENCES call (id),
  storage_key  TEXT        NOT NULL,
  status       TEXT        NOT NULL CHECK (status IN ('PENDING', 'STORED', 'REJECTED', 'DELETED')),
  bytes        BIGINT      NOT NULL,
  sha256       CHAR(64)    NOT NULL,
  content_type TEXT        NOT NULL,
  duration_ms  BIGINT      NOT NULL,
  spooled_at   TIMESTAMPTZ NOT NULL,
  stored_at    TIMESTAMPTZ,
  problem      TEXT,
  legal_hold   BOOLEAN     NOT NULL DEFAULT FALSE
);
