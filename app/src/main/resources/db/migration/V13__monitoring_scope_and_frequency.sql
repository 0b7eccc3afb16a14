-- directory module: who each authority has Rollcall monitor (service scope), how often each cohort is called
-- (cohort rules; defaults in code when an authority has no row), why a provision was moved to weekly calls, and
-- which call each window is for (the morning call exists for children called twice a day).
ALTER TABLE authority
  ADD COLUMN scope_mode TEXT NOT NULL DEFAULT 'ALL'
    CHECK (scope_mode IN ('ALL', 'PILOT', 'IN_BOROUGH', 'OUT_OF_BOROUGH')),
  ADD COLUMN scope_cohorts TEXT[] NOT NULL DEFAULT ARRAY ['CME', 'LAC', 'POST_16', 'YOT']
    CHECK (cardinality(scope_cohorts) > 0 AND scope_cohorts <@ ARRAY ['CME', 'LAC', 'POST_16', 'YOT']);

CREATE TABLE pilot_child
(
  child_id UUID PRIMARY KEY REFERENCES child (id) ON DELETE CASCADE
);

CREATE TABLE cohort_rule
(
  authority_id UUID NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
  cohort       TEXT NOT NULL CHECK (cohort IN ('LAC', 'POST_16', 'YOT', 'CME')),
  frequency    TEXT NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY', 'TWICE_DAILY')),
  PRIMARY KEY (authority_id, cohort)
);

ALTER TABLE provision ADD COLUMN weekly_reason TEXT;
UPDATE provision SET weekly_reason = 'weekly before reasons were recorded' WHERE frequency = 'WEEKLY';
ALTER TABLE provision ADD CONSTRAINT provision_weekly_reason CHECK (frequency = 'DAILY' OR weekly_reason IS NOT NULL);

ALTER TABLE call_window ADD COLUMN part TEXT NOT NULL DEFAULT 'AFTERNOON' CHECK (part IN ('MORNING', 'AFTERNOON'));
-- A provision that had two windows keeps the later one for the afternoon call and the earlier for the morning.
UPDATE call_window w SET part = 'MORNING'
WHERE EXISTS (SELECT 1 FROM call_window later WHERE later.provision_id = w.provision_id
                                                AND later.opens_at > w.opens_at);
CREATE UNIQUE INDEX call_window_part_idx ON call_window (provision_id, part);
