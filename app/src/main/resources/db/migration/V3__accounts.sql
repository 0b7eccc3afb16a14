-- accounts module: users with roles and authority scope, API tokens, audit log.
CREATE TABLE app_user
(
  id            UUID PRIMARY KEY,
  username      TEXT    NOT NULL UNIQUE,
  display_name  TEXT    NOT NULL,
  password_hash TEXT    NOT NULL,
  role          TEXT    NOT NULL CHECK (role IN ('OPERATOR', 'SUPERVISOR', 'QA', 'ADMIN', 'AUTHORITY')),
  authority_id  UUID REFERENCES authority (id),
  enabled       BOOLEAN NOT NULL DEFAULT TRUE,
  CHECK ((role = 'AUTHORITY') = (authority_id IS NOT NULL))
);

CREATE TABLE api_token
(
  id           UUID PRIMARY KEY,
  authority_id UUID        NOT NULL REFERENCES authority (id),
  token_sha256 CHAR(64)    NOT NULL UNIQUE,
  label        TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at   TIMESTAMPTZ
);

CREATE TABLE audit_log
(
  id           BIGSERIAL PRIMARY KEY,
  at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor        TEXT        NOT NULL,
  action       TEXT        NOT NULL,
  subject_type TEXT        NOT NULL,
  subject_id   TEXT        NOT NULL,
  detail       TEXT
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);
