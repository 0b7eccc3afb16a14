-- apattendance module (ADR 0028): an absence at the AP flags the on-roll school's B for that session until the
-- school's next call confirms ("school keeps B") or corrects it; who closed it, when and on which call is the audit.
CREATE TABLE ap_absence_flag
(
  attendance_id  UUID PRIMARY KEY REFERENCES ap_attendance (id),
  school_id      UUID        NOT NULL REFERENCES provision (id),
  authority_id   UUID        NOT NULL REFERENCES authority (id),
  on_date        DATE        NOT NULL,
  state          TEXT        NOT NULL CHECK (state IN ('OPEN', 'CORRECTED', 'SCHOOL_KEEPS_B', 'WITHDRAWN')),
  message_id     UUID,
  closed_by      TEXT,
  closed_at      TIMESTAMPTZ,
  closed_on_call UUID,
  corrected_code TEXT,
  CHECK ((state = 'OPEN') = (closed_at IS NULL))
);
CREATE INDEX ap_absence_flag_school_idx ON ap_absence_flag (school_id) WHERE state = 'OPEN';
CREATE INDEX ap_absence_flag_authority_idx ON ap_absence_flag (authority_id, on_date);
