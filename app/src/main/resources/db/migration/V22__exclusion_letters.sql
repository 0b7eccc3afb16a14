-- escalation module: an exclusion letter received. The PDF itself is in the object store (S3 API, encrypted, its
-- SHA-256 checked by the store) under a key without personal data; only where it is and its digest are kept here.
CREATE TABLE exclusion_letter
(
  escalation_id UUID PRIMARY KEY REFERENCES escalation (id),
  object_key    TEXT        NOT NULL UNIQUE,
  bytes         BIGINT      NOT NULL CHECK (bytes > 0),
  sha256        TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  received_at   TIMESTAMPTZ NOT NULL,
  uploaded_by   TEXT        NOT NULL
);
