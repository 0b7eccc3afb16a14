-- accounts: failed sign-ins per user name and per source address, so a lockout holds across nodes and restarts.
-- Times are the app clock's (passed in), never now().
CREATE TABLE sign_in_throttle
(
  kind            TEXT        NOT NULL CHECK (kind IN ('ACCOUNT', 'SOURCE')),
  key             TEXT        NOT NULL,
  failures        INT         NOT NULL,
  last_failure_at TIMESTAMPTZ NOT NULL,
  locked_until    TIMESTAMPTZ,
  PRIMARY KEY (kind, key)
);
