-- calls module: an attempt counts against a school's max-attempts only once the school was dialled, that is once
-- the operator's own leg was up (agent first). A call whose operator's phone could not be reached goes straight back
-- to the queue as a new row with the same attempt number (status REQUEUED on the old one), and that operator is set
-- offline with the reason shown on their screen.
ALTER TABLE call ADD COLUMN operator_up_at TIMESTAMPTZ;
-- Calls that got as far as the school before this column existed.
UPDATE call SET operator_up_at = placed_at
WHERE placed_at IS NOT NULL AND (answered_at IS NOT NULL OR status IN ('RINGING', 'CONNECTED')
                                 OR end_cause IN ('busy', 'no-answer'));

ALTER TABLE call DROP CONSTRAINT call_status_check;
ALTER TABLE call ADD CONSTRAINT call_status_check CHECK (status IN ('DUE', 'OFFERED', 'DIALLING', 'RINGING',
  'CONNECTED', 'WRAP_UP', 'DONE', 'MISSED', 'CANCELLED', 'REQUEUED'));

-- The plan still has one first attempt per provision, day and purpose; a follow-up may repeat an attempt number
-- (one not counted), and every row has at most one follow-up.
DROP INDEX call_plan_idx;
CREATE UNIQUE INDEX call_plan_idx ON call (provision_id, call_date, purpose, attempt) WHERE follows_call IS NULL;
CREATE UNIQUE INDEX call_follows_idx ON call (follows_call) WHERE follows_call IS NOT NULL;

ALTER TABLE operator_status ADD COLUMN not_ready_reason TEXT;
