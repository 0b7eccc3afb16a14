-- directory module: authorities, provisions, call windows, children, placements, contacts.
CREATE TABLE authority
(
  id                        UUID PRIMARY KEY,
  name                      TEXT        NOT NULL UNIQUE,
  nation                    TEXT        NOT NULL CHECK (nation IN ('ENGLAND', 'WALES')),
  la_code                   CHAR(3)     NOT NULL UNIQUE CHECK (la_code ~ '^[0-9]{3}$'),
  recording_retention_months INT        NOT NULL DEFAULT 13 CHECK (recording_retention_months > 0),
  created_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE provision
(
  id                 UUID PRIMARY KEY,
  urn                CHAR(6) UNIQUE CHECK (urn ~ '^[0-9]{6}$'),
  name               TEXT    NOT NULL,
  type               TEXT    NOT NULL CHECK (type IN ('MAINSTREAM', 'PRU', 'RESIDENTIAL', 'ALTERNATIVE_PROVISION', 'POST_16')),
  nation             TEXT    NOT NULL CHECK (nation IN ('ENGLAND', 'WALES')),
  phone              TEXT    NOT NULL CHECK (phone ~ '^\+44[0-9]{9,10}$'),
  contact_name       TEXT    NOT NULL,
  password_encrypted TEXT,
  frequency          TEXT    NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
  weekly_day         INT CHECK (weekly_day BETWEEN 1 AND 5),
  CHECK (frequency = 'DAILY' OR weekly_day IS NOT NULL)
);

CREATE TABLE call_window
(
  id           UUID PRIMARY KEY,
  provision_id UUID NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
  opens_at     TIME NOT NULL,
  closes_at    TIME NOT NULL,
  CHECK (closes_at > opens_at)
);
CREATE INDEX call_window_provision_idx ON call_window (provision_id);

CREATE TABLE child
(
  id            UUID PRIMARY KEY,
  authority_id  UUID    NOT NULL REFERENCES authority (id),
  upn           CHAR(13) UNIQUE,
  first_name    TEXT    NOT NULL,
  last_name     TEXT    NOT NULL,
  date_of_birth DATE    NOT NULL,
  year_group    INT     NOT NULL CHECK (year_group BETWEEN 0 AND 14),
  cohort        TEXT    NOT NULL CHECK (cohort IN ('LAC', 'POST_16', 'YOT', 'CME')),
  in_borough    BOOLEAN NOT NULL,
  sen_status    TEXT    NOT NULL CHECK (sen_status IN ('NONE', 'SEN_SUPPORT', 'EHCP'))
);
CREATE INDEX child_authority_idx ON child (authority_id);

CREATE TABLE placement
(
  id           UUID PRIMARY KEY,
  child_id     UUID NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  provision_id UUID NOT NULL REFERENCES provision (id),
  kind         TEXT NOT NULL CHECK (kind IN ('ON_ROLL', 'ALTERNATIVE')),
  starts_on    DATE NOT NULL,
  ends_on      DATE,
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX placement_provision_idx ON placement (provision_id, starts_on);
CREATE INDEX placement_child_idx ON placement (child_id);

CREATE TABLE contact
(
  id           UUID PRIMARY KEY,
  child_id     UUID REFERENCES child (id) ON DELETE CASCADE,
  provision_id UUID REFERENCES provision (id) ON DELETE CASCADE,
  role         TEXT NOT NULL CHECK (role IN ('CARER', 'SOCIAL_WORKER', 'DESIGNATED_TEACHER')),
  name         TEXT NOT NULL,
  phone        TEXT,
  email        TEXT,
  CHECK (child_id IS NOT NULL OR provision_id IS NOT NULL)
);
CREATE INDEX contact_child_idx ON contact (child_id);
