-- calendar module: bank holidays per nation as versioned reference data (GOV.UK's file; the newest version is in
-- force, older ones are kept), term dates per authority, closures per provision.
CREATE TABLE bank_holiday_version
(
  version     INT PRIMARY KEY CHECK (version > 0),
  source      TEXT        NOT NULL,
  imported_by TEXT        NOT NULL,
  imported_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE bank_holiday
(
  version INT  NOT NULL REFERENCES bank_holiday_version (version),
  nation  TEXT NOT NULL CHECK (nation IN ('ENGLAND', 'WALES')),
  on_date DATE NOT NULL,
  title   TEXT NOT NULL,
  PRIMARY KEY (version, nation, on_date)
);

-- Days inside a term and outside its half-term are term days. Overlaps between an authority's terms are refused
-- by the import, which replaces all of an authority's terms at once.
CREATE TABLE term
(
  id                  UUID PRIMARY KEY,
  authority_id        UUID        NOT NULL REFERENCES authority (id),
  name                TEXT        NOT NULL,
  starts_on           DATE        NOT NULL,
  ends_on             DATE        NOT NULL,
  half_term_starts_on DATE,
  half_term_ends_on   DATE,
  source              TEXT        NOT NULL,
  loaded_by           TEXT        NOT NULL,
  loaded_at           TIMESTAMPTZ NOT NULL,
  CHECK (ends_on >= starts_on),
  CHECK ((half_term_starts_on IS NULL) = (half_term_ends_on IS NULL)),
  CHECK (half_term_starts_on IS NULL OR (half_term_starts_on >= starts_on AND half_term_ends_on <= ends_on
                                         AND half_term_ends_on >= half_term_starts_on))
);
CREATE INDEX term_authority_idx ON term (authority_id, starts_on);

-- A closure withdrawn as entered in error keeps its row (who, when).
CREATE TABLE closure
(
  id           UUID PRIMARY KEY,
  provision_id UUID        NOT NULL REFERENCES provision (id),
  first_day    DATE        NOT NULL,
  last_day     DATE        NOT NULL,
  sessions     TEXT        NOT NULL CHECK (sessions IN ('AM', 'PM', 'BOTH')),
  reason       TEXT        NOT NULL CHECK (reason IN ('INSET_DAY', 'SEVERE_WEATHER', 'OTHER')),
  note         TEXT,
  recorded_by  TEXT        NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL,
  withdrawn_by TEXT,
  withdrawn_at TIMESTAMPTZ,
  CHECK (last_day >= first_day),
  CHECK ((withdrawn_by IS NULL) = (withdrawn_at IS NULL))
);
CREATE INDEX closure_provision_idx ON closure (provision_id, first_day);
CREATE INDEX closure_live_idx ON closure (first_day, last_day) WHERE withdrawn_at IS NULL;

-- attendance module: a '#' mark made for a closure names it, so withdrawing the closure withdraws its marks.
-- (No foreign key: attendance keeps its marks whatever the calendar does with its rows.)
ALTER TABLE mark ADD COLUMN closure_id UUID;
CREATE INDEX mark_closure_idx ON mark (closure_id) WHERE closure_id IS NOT NULL;
