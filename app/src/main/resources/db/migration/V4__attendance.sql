-- attendance module: versioned code sets per nation (reference data) and marks with correction history.
CREATE TABLE code_set
(
  id          TEXT PRIMARY KEY,
  nation      TEXT NOT NULL CHECK (nation IN ('ENGLAND', 'WALES')),
  valid_from  DATE NOT NULL,
  valid_to    DATE,
  description TEXT NOT NULL
);

CREATE TABLE attendance_code
(
  code_set_id  TEXT    NOT NULL REFERENCES code_set (id),
  code         TEXT    NOT NULL,
  description  TEXT    NOT NULL,
  category     TEXT    NOT NULL CHECK (category IN ('PRESENT', 'APPROVED_ACTIVITY', 'AUTHORISED_ABSENCE',
                                                    'UNAUTHORISED_ABSENCE', 'NOT_POSSIBLE', 'ADMINISTRATIVE')),
  sessions     TEXT    NOT NULL DEFAULT 'BOTH' CHECK (sessions IN ('AM', 'PM', 'BOTH')),
  PRIMARY KEY (code_set_id, code)
);

INSERT INTO code_set (id, nation, valid_from, description)
VALUES ('ENGLAND-2024', 'ENGLAND', DATE '2024-08-19', 'England, school attendance guidance from 19 August 2024'),
       ('WALES-2010', 'WALES', DATE '2010-09-01', 'Wales, registration codes (2010), as in the Welsh Government guidance');

INSERT INTO attendance_code (code_set_id, code, description, category, sessions)
VALUES ('ENGLAND-2024', '/', 'Present (AM)', 'PRESENT', 'AM'),
       ('ENGLAND-2024', '\', 'Present (PM)', 'PRESENT', 'PM'),
       ('ENGLAND-2024', 'L', 'Late, before the register closed', 'PRESENT', 'BOTH'),
       ('ENGLAND-2024', 'K', 'Education arranged by the local authority', 'APPROVED_ACTIVITY', 'BOTH'),
       ('ENGLAND-2024', 'V', 'Educational visit or trip', 'APPROVED_ACTIVITY', 'BOTH'),
       ('ENGLAND-2024', 'P', 'Approved sporting activity', 'APPROVED_ACTIVITY', 'BOTH'),
       ('ENGLAND-2024', 'W', 'Work experience', 'APPROVED_ACTIVITY', 'BOTH'),
       ('ENGLAND-2024', 'B', 'Any other approved educational activity (supervised, off site)', 'APPROVED_ACTIVITY', 'BOTH'),
       ('ENGLAND-2024', 'C1', 'Regulated performance or employment abroad', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'M', 'Medical or dental appointment', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'J1', 'Interview', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'S', 'Study leave', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'C2', 'Part-time timetable', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'C', 'Exceptional circumstances', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'T', 'Parent travelling for work', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'R', 'Religious observance', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'I', 'Illness', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'E', 'Suspended or excluded, no alternative provision', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'G', 'Holiday not granted by the school', 'UNAUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'N', 'Reason not yet established', 'UNAUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'O', 'Other or unknown reason', 'UNAUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'U', 'Arrived after the register closed', 'UNAUTHORISED_ABSENCE', 'BOTH'),
       ('ENGLAND-2024', 'D', 'Dual registered, at the other school', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'X', 'Non-compulsory school age, not required to attend', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Q', 'No local authority access arrangements', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Y1', 'Unable to attend: transport not available', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Y2', 'Unable to attend: widespread transport disruption', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Y3', 'Unable to attend: part of the school premises closed', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Y4', 'Unable to attend: whole school site unexpectedly closed', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Y5', 'Unable to attend: criminal justice detention', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Y6', 'Unable to attend: public health guidance or law', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Y7', 'Unable to attend: any other exceptional circumstance', 'NOT_POSSIBLE', 'BOTH'),
       ('ENGLAND-2024', 'Z', 'Pupil not yet on roll', 'ADMINISTRATIVE', 'BOTH'),
       ('ENGLAND-2024', '#', 'Planned whole-school closure', 'ADMINISTRATIVE', 'BOTH'),
       -- Wales 2010: no K, Q, C1, C2, J1, Y1-Y7; H (holiday agreed) and F (extended holiday) and Y (enforced closure) remain.
       -- Checked against the DOMAIN notes; confirm against the Welsh Government registration guidance before production.
       ('WALES-2010', '/', 'Present (AM)', 'PRESENT', 'AM'),
       ('WALES-2010', '\', 'Present (PM)', 'PRESENT', 'PM'),
       ('WALES-2010', 'L', 'Late, before the register closed', 'PRESENT', 'BOTH'),
       ('WALES-2010', 'V', 'Educational visit or trip', 'APPROVED_ACTIVITY', 'BOTH'),
       ('WALES-2010', 'P', 'Approved sporting activity', 'APPROVED_ACTIVITY', 'BOTH'),
       ('WALES-2010', 'W', 'Work experience', 'APPROVED_ACTIVITY', 'BOTH'),
       ('WALES-2010', 'B', 'Educated off site (not dual registered)', 'APPROVED_ACTIVITY', 'BOTH'),
       ('WALES-2010', 'D', 'Dual registered, at the other school', 'NOT_POSSIBLE', 'BOTH'),
       ('WALES-2010', 'J', 'Interview', 'APPROVED_ACTIVITY', 'BOTH'),
       ('WALES-2010', 'M', 'Medical or dental appointment', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'S', 'Study leave', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'C', 'Other authorised circumstances', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'T', 'Traveller absence', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'R', 'Religious observance', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'I', 'Illness', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'E', 'Excluded, no alternative provision', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'H', 'Holiday agreed by the school', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'F', 'Extended holiday agreed by the school', 'AUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'G', 'Holiday not agreed by the school', 'UNAUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'N', 'No reason yet provided', 'UNAUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'O', 'Unauthorised absence not covered by another code', 'UNAUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'U', 'Arrived after the register closed', 'UNAUTHORISED_ABSENCE', 'BOTH'),
       ('WALES-2010', 'X', 'Non-compulsory school age, not required to attend', 'NOT_POSSIBLE', 'BOTH'),
       ('WALES-2010', 'Y', 'Enforced closure', 'NOT_POSSIBLE', 'BOTH'),
       ('WALES-2010', 'Z', 'Pupil not yet on roll', 'ADMINISTRATIVE', 'BOTH'),
       ('WALES-2010', '#', 'School closed to pupils', 'ADMINISTRATIVE', 'BOTH');

CREATE TABLE mark
(
  id             UUID PRIMARY KEY,
  child_id       UUID        NOT NULL REFERENCES child (id),
  authority_id   UUID        NOT NULL REFERENCES authority (id),
  provision_id   UUID        NOT NULL REFERENCES provision (id),
  on_date        DATE        NOT NULL,
  session        TEXT        NOT NULL CHECK (session IN ('AM', 'PM')),
  code_set_id    TEXT        NOT NULL,
  code           TEXT        NOT NULL,
  reason         TEXT,
  call_id        UUID,
  offset_seconds INT CHECK (offset_seconds >= 0),
  recorded_by    TEXT        NOT NULL,
  recorded_at    TIMESTAMPTZ NOT NULL,
  superseded_at  TIMESTAMPTZ,
  superseded_by  UUID REFERENCES mark (id),
  FOREIGN KEY (code_set_id, code) REFERENCES attendance_code (code_set_id, code)
);
-- One current mark per child, date and session; corrections supersede and are kept.
CREATE UNIQUE INDEX mark_current_idx ON mark (child_id, on_date, session) WHERE superseded_at IS NULL;
CREATE INDEX mark_authority_date_idx ON mark (authority_id, on_date) WHERE superseded_at IS NULL;
CREATE INDEX mark_call_idx ON mark (call_id);
