-- An authority's own carer-contact hours and attempts (issue 14). NULL: Rollcall's default
-- (rollcall.escalation.carer-contact-from, carer-contact-until, carer-attempts, carer-retry-delay).
ALTER TABLE escalation_authority
  ADD COLUMN carer_contact_from          TIME,
  ADD COLUMN carer_contact_until         TIME,
  ADD COLUMN carer_attempts              INTEGER CHECK (carer_attempts BETWEEN 1 AND 10),
  ADD COLUMN carer_retry_delay_minutes   INTEGER CHECK (carer_retry_delay_minutes BETWEEN 1 AND 240),
  ADD CONSTRAINT escalation_authority_carer_hours_check
    CHECK (carer_contact_from IS NULL OR carer_contact_until IS NULL OR carer_contact_from < carer_contact_until);
