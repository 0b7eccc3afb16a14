-- Social workers told by a call task (ADR 0017): an authority's preferred channel, a call purpose of its own, and
-- on the escalation what that call is to say and how many attempts reached no one.
ALTER TABLE escalation_authority ADD COLUMN social_worker_channel TEXT
  CHECK (social_worker_channel IN ('EMAIL', 'CALL')); -- null: rollcall.escalation.social-worker-channel

ALTER TABLE call DROP CONSTRAINT call_purpose_check;
ALTER TABLE call ADD CONSTRAINT call_purpose_check
  CHECK (purpose IN ('MORNING', 'AFTERNOON', 'CARER', 'SOCIAL_WORKER'));
ALTER TABLE call DROP CONSTRAINT call_carer_check;
ALTER TABLE call ADD CONSTRAINT call_carer_check
  CHECK ((purpose IN ('CARER', 'SOCIAL_WORKER')) = (dial_to IS NOT NULL AND subject IS NOT NULL));
-- The plan's own calls only: many carer and social-worker calls share a school, day and attempt.
DROP INDEX call_plan_idx;
CREATE UNIQUE INDEX call_plan_idx ON call (provision_id, call_date, purpose, attempt)
  WHERE follows_call IS NULL AND purpose IN ('MORNING', 'AFTERNOON');

ALTER TABLE escalation DROP CONSTRAINT escalation_state_check;
ALTER TABLE escalation ADD CONSTRAINT escalation_state_check
  CHECK (state IN ('CARER_CALL_DUE', 'SOCIAL_WORKER_CALL_DUE', 'SOCIAL_WORKER_TOLD', 'NOBODY_TO_TELL',
                   'LETTER_REQUESTED', 'LETTER_RECEIVED', 'WITHDRAWN'));
-- While a social-worker call is waiting: which message it stands for (its kind's code) and, for the absence notice,
-- what is said of the carer; both null once the social worker is told, by phone or by email.
ALTER TABLE escalation ADD COLUMN sw_call_kind TEXT;
ALTER TABLE escalation ADD COLUMN sw_call_carer TEXT;
ALTER TABLE escalation ADD COLUMN sw_call_attempts INT NOT NULL DEFAULT 0 CHECK (sw_call_attempts >= 0);
