-- accounts: TOTP second factor. The secret is AES-GCM encrypted (rollcall.accounts.encryption-key); last_step is
-- the 30-second step of the last code accepted, so a code is taken once. Recovery codes are random and kept as
-- SHA-256 hashes (like API tokens); each works once. Times are the app clock's.
CREATE TABLE second_factor
(
  user_id          UUID PRIMARY KEY REFERENCES app_user (id),
  secret_encrypted TEXT        NOT NULL,
  enrolled_at      TIMESTAMPTZ NOT NULL,
  last_step        BIGINT      NOT NULL
);

CREATE TABLE recovery_code
(
  user_id     UUID        NOT NULL REFERENCES second_factor (user_id) ON DELETE CASCADE,
  code_sha256 CHAR(64)    NOT NULL,
  used_at     TIMESTAMPTZ,
  PRIMARY KEY (user_id, code_sha256)
);
