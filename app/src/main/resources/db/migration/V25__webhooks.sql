-- webhooks module: an authority's subscriptions and the deliveries of each event to each of them. A delivery is
-- written in the same transaction as the listener that reacts to the event, and sent after commit by a worker that
-- locks it with FOR UPDATE SKIP LOCKED and records the outcome in that same transaction, as the notify outbox does
-- (ADR 0016, ADR 0022). Every time comes from the application's clock; no column has a default time.
CREATE TABLE webhook_subscription
(
  id           UUID PRIMARY KEY,
  authority_id UUID        NOT NULL REFERENCES authority (id),
  url          TEXT        NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
  events       TEXT[]      NOT NULL CHECK (cardinality(events) > 0),
  secret       TEXT        NOT NULL CHECK (length(secret) >= 32), -- signs each body; shown once, when created
  created_by   TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL,
  deleted_by   TEXT,
  deleted_at   TIMESTAMPTZ,
  CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);
CREATE INDEX webhook_subscription_authority_idx ON webhook_subscription (authority_id) WHERE deleted_at IS NULL;

CREATE TABLE webhook_delivery
(
  id               UUID PRIMARY KEY,
  subscription_id  UUID        NOT NULL REFERENCES webhook_subscription (id),
  authority_id     UUID        NOT NULL REFERENCES authority (id),
  event_id         UUID        NOT NULL, -- the same for every subscription and every attempt (receivers dedupe)
  event            TEXT        NOT NULL,
  url              TEXT        NOT NULL,
  body             TEXT        NOT NULL,
  status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
  attempts         INT         NOT NULL CHECK (attempts >= 0),
  next_attempt_at  TIMESTAMPTZ NOT NULL,
  last_attempt_at  TIMESTAMPTZ,
  last_status_code INT,
  last_error       TEXT,
  created_at       TIMESTAMPTZ NOT NULL,
  delivered_at     TIMESTAMPTZ,
  replayed_by      TEXT,
  replayed_at      TIMESTAMPTZ,
  CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL)),
  -- A listener run again after a crash (the event publication registry republishes) adds nothing twice.
  UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_authority_idx ON webhook_delivery (authority_id, created_at DESC, id);
