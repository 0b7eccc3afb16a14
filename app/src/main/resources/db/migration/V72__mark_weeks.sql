-- attendance module (ADR 0037): current marks folded by child, week and code, for statistics over long ranges.
-- A school year of a 300-child authority is 115,000 marks but some 25,000 of these rows: reading the marks
-- themselves took 200-400 ms, over the 200 ms target. Kept in the same transaction as every mark written
-- (attendance.internal.MarkWeeks), so it never disagrees with the register.

-- The session's bit in its week: 2 × (ISO day of week − 1), plus one for the afternoon (attendance.WeekMarks.bit).
CREATE FUNCTION mark_session_bit(on_date DATE, session TEXT) RETURNS INT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT 1 << ((extract(isodow FROM on_date)::int - 1) * 2 + CASE session WHEN 'PM' THEN 1 ELSE 0 END) $$;

CREATE TABLE mark_week
(
  child_id     UUID NOT NULL REFERENCES child (id),
  monday       DATE NOT NULL CHECK (extract(isodow FROM monday) = 1),
  authority_id UUID NOT NULL REFERENCES authority (id),
  code_set_id  TEXT NOT NULL,
  code         TEXT NOT NULL,
  sessions     INT  NOT NULL CHECK (sessions > 0 AND sessions < 16384),
  PRIMARY KEY (child_id, monday, authority_id, code_set_id, code),
  FOREIGN KEY (code_set_id, code) REFERENCES attendance_code (code_set_id, code)
);
-- An authority's weeks, read without touching the table (index-only).
CREATE INDEX mark_week_authority_idx ON mark_week (authority_id, monday) INCLUDE (child_id, code_set_id, code, sessions);

INSERT INTO mark_week (child_id, monday, authority_id, code_set_id, code, sessions)
SELECT child_id, on_date - (extract(isodow FROM on_date)::int - 1), authority_id, code_set_id, code,
       bit_or(mark_session_bit(on_date, session))
FROM mark
WHERE superseded_at IS NULL
GROUP BY 1, 2, 3, 4, 5;
