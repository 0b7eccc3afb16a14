-- notify module: the outbox. A message is written in the same transaction as the decision that causes it, already
-- rendered (subject, text, HTML, and a letter's XHTML, made into a PDF when sent), and sent after commit by a worker
-- that locks it with FOR UPDATE SKIP LOCKED and marks the outcome in that same transaction (ADR 0016). Every time
-- comes from the application's clock; no column has a default time.
CREATE TABLE outbox_message
(
  id              UUID PRIMARY KEY,
  kind            TEXT        NOT NULL,
  authority_id    UUID        NOT NULL REFERENCES authority (id),
  recipient       TEXT        NOT NULL CHECK (recipient <> ''),
  reply_to        TEXT,
  subject         TEXT        NOT NULL CHECK (btrim(subject) <> ''),
  body_text       TEXT        NOT NULL CHECK (btrim(body_text) <> ''),
  body_html       TEXT        NOT NULL,
  letter_html     TEXT,
  letter_name     TEXT,
  dedup_key       TEXT UNIQUE,
  message_id      TEXT        NOT NULL UNIQUE,           -- the Message-ID header, the same on every attempt
  status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts        INT         NOT NULL CHECK (attempts >= 0),
  next_attempt_at TIMESTAMPTZ NOT NULL,
  last_attempt_at TIMESTAMPTZ,
  last_error      TEXT,
  queued_at       TIMESTAMPTZ NOT NULL,
  sent_at         TIMESTAMPTZ,
  resent_by       TEXT,
  resent_at       TIMESTAMPTZ,
  CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
  CHECK ((letter_html IS NULL) = (letter_name IS NULL))
);
-- The worker's query: the waiting messages that are due.
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_message_queued_idx ON outbox_message (queued_at DESC);
