-- The weekday sessions a child attends an alternative provision (issue 12). No rows for an ALTERNATIVE placement:
-- the timetable is not known yet (the child is expected at the AP every school day, and the on-roll school is asked).
CREATE TABLE placement_session
(
  placement_id UUID NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
  weekday      INT  NOT NULL CHECK (weekday BETWEEN 1 AND 5),
  session      TEXT NOT NULL CHECK (session IN ('AM', 'PM')),
  PRIMARY KEY (placement_id, weekday, session)
);
