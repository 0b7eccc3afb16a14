-- apattendance module (ADR 0028): what an alternative provision said on its call for each timetabled session of a
-- child placed there: attended, or absent with a reason. Not register marks: those stay the on-roll school's.
CREATE TABLE ap_attendance
(
  id                   UUID PRIMARY KEY,
  call_id              UUID        NOT NULL REFERENCES call (id),
  child_id             UUID        NOT NULL REFERENCES child (id),
  authority_id         UUID        NOT NULL REFERENCES authority (id),
  ap_provision_id      UUID        NOT NULL REFERENCES provision (id),
  on_roll_provision_id UUID REFERENCES provision (id), -- null: no on-roll school on record that day
  on_date              DATE        NOT NULL,
  session              TEXT        NOT NULL CHECK (session IN ('AM', 'PM')),
  attended             BOOLEAN     NOT NULL,
  reason               TEXT CHECK (reason IN ('ILLNESS', 'MEDICAL', 'REFUSED', 'NOT_KNOWN', 'OTHER')),
  reason_text          TEXT CHECK (length(reason_text) <= 500),
  unauthorised         BOOLEAN     NOT NULL DEFAULT false,
  recorded_by          TEXT        NOT NULL,
  recorded_at          TIMESTAMPTZ NOT NULL,
  -- A later entry for the same session replaces this one (kept, as marks are).
  superseded_at        TIMESTAMPTZ,
  CHECK (attended = (reason IS NULL)),
  CHECK ((reason = 'OTHER') = (reason_text IS NOT NULL))
);
CREATE UNIQUE INDEX ap_attendance_current_idx ON ap_attendance (child_id, on_date, session)
  WHERE superseded_at IS NULL;
CREATE INDEX ap_attendance_call_idx ON ap_attendance (call_id);
