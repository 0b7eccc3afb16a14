-- One row per value heard: who, when, which call, which child, assessment, subject and value, and the academic year
-- and term. Rows are only ever added: a correction is a newer row.
CREATE TABLE attainment_result
(
  id            UUID PRIMARY KEY,
  child_id      UUID        NOT NULL REFERENCES child (id),
  authority_id  UUID        NOT NULL REFERENCES authority (id),
  call_id       UUID REFERENCES call (id),
  assessment    TEXT        NOT NULL CHECK (assessment IN ('PHONICS', 'TABLES', 'KS2', 'TEACHER_ASSESSMENT', 'GCSE')),
  subject       TEXT        NOT NULL,
  value         TEXT        NOT NULL CHECK (length(value) BETWEEN 1 AND 10),
  academic_year CHAR(7)     NOT NULL CHECK (academic_year ~ '^[0-9]{4}/[0-9]{2}$'),
  term          TEXT        NOT NULL CHECK (term IN ('AUTUMN', 'SPRING', 'SUMMER')),
  recorded_at   TIMESTAMPTZ NOT NULL,
  recorded_by   TEXT        NOT NULL
);
CREATE INDEX attainment_result_authority_idx ON attainment_result (authority_id, recorded_at);
CREATE INDEX attainment_result_child_idx ON attainment_result (child_id, recorded_at);
