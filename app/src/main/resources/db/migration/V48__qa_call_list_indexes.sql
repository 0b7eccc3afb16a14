-- The calls list (ADR 0032): one day's calls in due order, paged in SQL; the challenge flag per call.
CREATE INDEX call_date_due_idx ON call (call_date, due_at, id);
CREATE INDEX challenge_outcome_call_idx ON challenge_outcome (call_id) WHERE call_id IS NOT NULL;
CREATE INDEX mark_superseded_call_idx ON mark (call_id) WHERE superseded_by IS NOT NULL;
