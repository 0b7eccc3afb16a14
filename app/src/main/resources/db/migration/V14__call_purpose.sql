-- calls module: a provision gets at most one morning and one afternoon call a day (plus retries). The afternoon call
-- of a weekly day also collects every school day since the last call, from collect_from. A planned call whose
-- provision has no monitored child any more is cancelled, not dialled.
ALTER TABLE call ADD COLUMN purpose TEXT NOT NULL DEFAULT 'AFTERNOON' CHECK (purpose IN ('MORNING', 'AFTERNOON'));
ALTER TABLE call ADD COLUMN collect_from DATE;
ALTER TABLE call ALTER COLUMN window_id DROP NOT NULL;
DROP INDEX call_plan_idx;
CREATE UNIQUE INDEX call_plan_idx ON call (provision_id, call_date, purpose, attempt);
ALTER TABLE call DROP CONSTRAINT call_status_check;
ALTER TABLE call ADD CONSTRAINT call_status_check CHECK (status IN ('DUE', 'OFFERED', 'DIALLING', 'RINGING',
  'CONNECTED', 'WRAP_UP', 'DONE', 'MISSED', 'CANCELLED'));
