-- directory module: contacts that need updating (a carer's wrong number, an email address that cannot be sent to),
-- with why, when and who found it, until an admin corrects them. A flag is on one of the child's or school's
-- contacts, or on an authority's duty address (kept by escalation, but corrected by the same admins, so listed
-- here too). One open flag per contact; a correction clears it and the row stays as history.
CREATE TABLE contact_to_update
(
  id                UUID PRIMARY KEY,
  contact_id        UUID REFERENCES contact (id) ON DELETE CASCADE,
  duty_authority_id UUID REFERENCES authority (id) ON DELETE CASCADE,
  found             TEXT        NOT NULL,  -- the number or address found wrong
  reason            TEXT        NOT NULL,
  flagged_at        TIMESTAMPTZ NOT NULL,
  flagged_by        TEXT        NOT NULL,
  cleared_at        TIMESTAMPTZ,
  cleared_by        TEXT,
  CHECK ((contact_id IS NULL) <> (duty_authority_id IS NULL)),
  CHECK ((cleared_at IS NULL) = (cleared_by IS NULL))
);
CREATE UNIQUE INDEX contact_to_update_contact_idx ON contact_to_update (contact_id)
  WHERE cleared_at IS NULL AND contact_id IS NOT NULL;
CREATE UNIQUE INDEX contact_to_update_duty_idx ON contact_to_update (duty_authority_id)
  WHERE cleared_at IS NULL AND duty_authority_id IS NOT NULL;

-- escalation module: the one reminder to the school when an exclusion letter is overdue. Setting it is the claim
-- (UPDATE … WHERE letter_reminder_at IS NULL), so two nodes running the check send one reminder between them.
ALTER TABLE escalation ADD COLUMN letter_reminder_at TIMESTAMPTZ;
