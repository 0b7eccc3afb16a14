-- calls module: carer calls share the dialler and the operators with school calls (ADR 0017). A carer call dials
-- dial_to (E.164) instead of the provision's number; subject is what the call is about for the module that queued it
-- (an escalation), opaque to the dialler. Carer calls are not part of the day's plan, so the plan's unique index
-- leaves them out (several children of one school may need their carers called the same day).
ALTER TABLE call DROP CONSTRAINT call_purpose_check;
ALTER TABLE call ADD CONSTRAINT call_purpose_check CHECK (purpose IN ('MORNING', 'AFTERNOON', 'CARER'));
ALTER TABLE call ADD COLUMN dial_to TEXT;
ALTER TABLE call ADD COLUMN subject UUID;
ALTER TABLE call ADD CONSTRAINT call_carer_check CHECK ((purpose = 'CARER') = (dial_to IS NOT NULL AND subject IS NOT NULL));
DROP INDEX call_plan_idx;
CREATE UNIQUE INDEX call_plan_idx ON call (provision_id, call_date, purpose, attempt)
  WHERE follows_call IS NULL AND purpose <> 'CARER';
CREATE INDEX call_subject_idx ON call (subject) WHERE subject IS NOT NULL;
