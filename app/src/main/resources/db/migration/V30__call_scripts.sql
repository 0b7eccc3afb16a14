-- workspace module: each authority's call script for school calls (greeting, who we call for, the recording notice,
-- the questions), with placeholders filled in on the screen-pop. No row: Rollcall's default script (in the code).
CREATE TABLE call_script
(
  authority_id     UUID PRIMARY KEY REFERENCES authority (id),
  greeting         TEXT,
  calling_for      TEXT,
  recording_notice TEXT        NOT NULL CHECK (length(btrim(recording_notice)) > 0),
  questions        TEXT,
  updated_by       TEXT        NOT NULL,
  updated_at       TIMESTAMPTZ NOT NULL
);

-- My calls today: one operator's calls of one day.
CREATE INDEX call_operator_date_idx ON call (operator_id, call_date) WHERE operator_id IS NOT NULL;
