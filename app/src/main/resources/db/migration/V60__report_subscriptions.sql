-- subscriptions module (ADR 0040): the email domains an authority's report emails may go to, whether its reports may
-- be attached, the subscriptions themselves, and one row per (subscription, run date) that claims each run so two
-- application nodes on this database send it once. Every time is a parameter from the application's clock.
CREATE TABLE authority_email_domain
(
  authority_id UUID        NOT NULL REFERENCES authority (id),
  domain       TEXT        NOT NULL CHECK (domain <> '' AND domain = lower(domain)),
  added_by     TEXT        NOT NULL,
  added_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (authority_id, domain)
);

CREATE TABLE authority_report_settings
(
  authority_id UUID PRIMARY KEY REFERENCES authority (id),
  attachments  BOOLEAN     NOT NULL,
  changed_by   TEXT        NOT NULL,
  changed_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE report_subscription
(
  id           UUID PRIMARY KEY,
  authority_id UUID        NOT NULL REFERENCES authority (id),
  report       TEXT        NOT NULL,                      -- ReportKind's slug
  recipient    TEXT        NOT NULL CHECK (recipient = lower(recipient)),
  frequency    TEXT        NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
  weekday      SMALLINT CHECK (weekday BETWEEN 1 AND 5), -- ISO day of the week, Monday 1; weekly only
  paused       BOOLEAN     NOT NULL,
  created_by   TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL,
  active_since TIMESTAMPTZ NOT NULL,                     -- created or last resumed: runs before it are not sent
  CHECK ((frequency = 'WEEKLY') = (weekday IS NOT NULL)),
  -- One subscription per report and address: a second would send the same email twice.
  UNIQUE (authority_id, report, recipient)
);
CREATE INDEX report_subscription_active_idx ON report_subscription (created_at) WHERE NOT paused;

-- The claim: inserted with ON CONFLICT DO NOTHING in the transaction that queues the email, so of two nodes only one
-- inserts it and queues; the other's insert waits for that commit and then does nothing.
CREATE TABLE report_subscription_run
(
  subscription_id UUID        NOT NULL REFERENCES report_subscription (id) ON DELETE CASCADE,
  run_date        DATE        NOT NULL,
  message_id      UUID,
  attached        BOOLEAN     NOT NULL,
  claimed_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subscription_id, run_date)
);
