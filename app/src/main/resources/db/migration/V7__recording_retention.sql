-- recording module: what retention deleted and when; legal holds already live on recording.legal_hold.
CREATE TABLE recording_deletion
(
  call_id          UUID PRIMARY KEY REFERENCES recording (call_id),
  storage_key      TEXT        NOT NULL,
  deleted_at       TIMESTAMPTZ NOT NULL,
  retention_months INT         NOT NULL,
  reason           TEXT        NOT NULL
);
CREATE INDEX recording_stored_idx ON recording (stored_at) WHERE status = 'STORED' AND NOT legal_hold;
