-- enrolment module: the "introduction to the service" letters sent when a child joins (ADR 0030), to each carer and
-- to a young person of 16 or over. Emailed (message_id: the outbox's message) or, without an address, kept here as
-- the PDF made that day for an admin to print and post. One letter per child and recipient, ever.
CREATE TABLE introduction_letter
(
  id            UUID PRIMARY KEY,
  child_id      UUID        NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  authority_id  UUID        NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
  recipient_key TEXT        NOT NULL, -- 'young-person', or 'carer:' and the contact's id
  recipient     TEXT        NOT NULL, -- the name the letter is addressed to
  kind          TEXT        NOT NULL, -- the notify message kind's code
  channel       TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'PRINT')),
  email         TEXT,
  message_id    UUID,
  pdf           BYTEA,
  pdf_name      TEXT,
  status        TEXT        NOT NULL CHECK (status IN ('EMAILED', 'TO_PRINT', 'PRINTED', 'POSTED')),
  created_at    TIMESTAMPTZ NOT NULL,
  printed_at    TIMESTAMPTZ,
  printed_by    TEXT,
  posted_at     TIMESTAMPTZ,
  posted_by     TEXT,
  UNIQUE (child_id, recipient_key),
  CHECK ((channel = 'PRINT') = (pdf IS NOT NULL))
);
CREATE INDEX introduction_letter_created_idx ON introduction_letter (created_at DESC, id);
