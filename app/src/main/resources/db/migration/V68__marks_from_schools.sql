-- attendance (issue 14, ADR 0044): marks from a school's own system and from its designated teacher, beside the marks
-- heard on calls. Every mark says where it came from; a school's mark confirmed on a call keeps its source and says
-- who confirmed it, on which call. A call's mark that differs from the school's keeps both: the call's stands, the
-- school's is kept in mark_mismatch for QA and the authority.
ALTER TABLE mark ADD COLUMN source TEXT NOT NULL DEFAULT 'CALL'
  CHECK (source IN ('CALL', 'SCHOOL_FEED', 'DESIGNATED_TEACHER'));
-- Which file (import id) or which designated teacher (user name) the mark came from; null for calls.
ALTER TABLE mark ADD COLUMN source_ref TEXT;
ALTER TABLE mark ADD COLUMN confirmed_by TEXT;
ALTER TABLE mark ADD COLUMN confirmed_at TIMESTAMPTZ;
ALTER TABLE mark ADD COLUMN confirmed_call_id UUID;
CREATE INDEX mark_school_source_idx ON mark (on_date, provision_id)
  WHERE superseded_at IS NULL AND source <> 'CALL';

CREATE TABLE mark_mismatch
(
  id            UUID PRIMARY KEY,
  child_id      UUID        NOT NULL REFERENCES child (id),
  authority_id  UUID        NOT NULL REFERENCES authority (id),
  provision_id  UUID        NOT NULL REFERENCES provision (id),
  on_date       DATE        NOT NULL,
  session       TEXT        NOT NULL CHECK (session IN ('AM', 'PM')),
  call_id       UUID,
  call_mark_id  UUID        NOT NULL REFERENCES mark (id),
  call_code     TEXT        NOT NULL,
  school_mark_id UUID REFERENCES mark (id),
  school_code   TEXT        NOT NULL,
  school_reason TEXT,
  school_source TEXT        NOT NULL CHECK (school_source IN ('SCHOOL_FEED', 'DESIGNATED_TEACHER')),
  school_ref    TEXT,
  found_at      TIMESTAMPTZ NOT NULL,
  UNIQUE (call_mark_id, school_code)
);
CREATE INDEX mark_mismatch_authority_idx ON mark_mismatch (authority_id, on_date);
CREATE INDEX mark_mismatch_call_idx ON mark_mismatch (call_id) WHERE call_id IS NOT NULL;

-- qa: a call whose mark differs from the school's own is flagged in the calls list and on its review timeline.
CREATE OR REPLACE VIEW qa_call_row AS
SELECT c.id, c.call_date, c.due_at, c.provision_id, p.name AS provision_name, c.purpose, c.collect_from, c.attempt,
       c.status, c.operator_id, c.operator_name, c.outcome, c.talk_seconds, c.bridged_at, c.ended_at,
       r.status AS recording_status,
       EXISTS (SELECT 1 FROM challenge_outcome co WHERE co.call_id = c.id) AS has_challenge,
       EXISTS (SELECT 1 FROM mark m JOIN mark n ON n.id = m.superseded_by
               WHERE m.call_id = c.id AND n.correction_reason IS NOT NULL) AS has_correction,
       EXISTS (SELECT 1 FROM mark_mismatch mm WHERE mm.call_id = c.id) AS has_mismatch
FROM call c
JOIN provision p ON p.id = c.provision_id
LEFT JOIN recording r ON r.call_id = c.id;

CREATE OR REPLACE VIEW qa_call_event AS
SELECT co.call_id, 'CHALLENGE' AS kind, co.recorded_at AS at, co.child_id, co.session, co.on_date,
       co.question AS what, co.outcome AS detail, co.code_typed_first AS code_before, co.code_saved AS code_after,
       co.recorded_by AS by_whom
FROM challenge_outcome co WHERE co.call_id IS NOT NULL
UNION ALL
SELECT ch.call_id, 'CHANGE', ch.made_at, ch.child_id, NULL, ch.made_on, ch.kind, ch.after_text, ch.before_text, NULL,
       ch.made_by
FROM change_heard ch WHERE ch.call_id IS NOT NULL
UNION ALL
SELECT m.call_id, 'CORRECTION', n.recorded_at, m.child_id, m.session, m.on_date, n.correction_reason, NULL, m.code,
       n.code, n.recorded_by
FROM mark m JOIN mark n ON n.id = m.superseded_by WHERE m.call_id IS NOT NULL AND n.correction_reason IS NOT NULL
UNION ALL
SELECT mm.call_id, 'SCHOOL_MARK_DIFFERS', mm.found_at, mm.child_id, mm.session, mm.on_date, mm.school_source,
       mm.school_reason, mm.school_code, mm.call_code, NULL
FROM mark_mismatch mm WHERE mm.call_id IS NOT NULL;

-- schoolfeed: one row per marks file imported (or refused at the import step), for the authority's screen and for
-- the idempotent re-import (the same file's digest twice changes nothing).
CREATE TABLE marks_import
(
  id           UUID PRIMARY KEY,
  authority_id UUID        NOT NULL REFERENCES authority (id),
  file_name    TEXT        NOT NULL,
  sha256       TEXT        NOT NULL,
  imported_by  TEXT        NOT NULL,
  imported_at  TIMESTAMPTZ NOT NULL,
  rows_read    INT         NOT NULL,
  added        INT         NOT NULL,
  unchanged    INT         NOT NULL,
  differing    INT         NOT NULL
);
CREATE INDEX marks_import_authority_idx ON marks_import (authority_id, imported_at DESC);
