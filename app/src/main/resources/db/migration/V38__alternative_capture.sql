-- Issue 12, deliver 1: a B on a call asks where (an alternative provision, searched by name, URN or town) and when.
-- directory module: where a provision is (its town, for searching and telling two of a name apart) and the weekdays
-- it is open (1 Monday .. 5 Friday; a timetabled session on another day is refused). Every provision so far is
-- taken to be open Monday to Friday.
ALTER TABLE provision ADD COLUMN town TEXT NULL;
ALTER TABLE provision ADD COLUMN open_weekdays INT[] NOT NULL DEFAULT '{1,2,3,4,5}'
  CHECK (cardinality(open_weekdays) > 0 AND open_weekdays <@ '{1,2,3,4,5}');

-- Search "contains", in any order of words, by name, town or URN: a trigram index keeps it an index scan at 25,000
-- provisions (pg_trgm is a trusted extension since PostgreSQL 13: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX provision_search_idx ON provision
  USING gin ((lower(name || ' ' || coalesce(town, '') || ' ' || coalesce(urn, ''))) gin_trgm_ops);

-- alternative module: "timetable not known" leaves a task for the on-roll school's next call: ask for it there.
-- Answered (the timetable given on a later call) it is kept with who and when, not deleted.
CREATE TABLE alternative_timetable_request
(
  id                       UUID PRIMARY KEY,
  child_id                 UUID        NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  on_roll_provision_id     UUID        NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
  alternative_provision_id UUID        NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
  call_id                  UUID,       -- the call it was asked on (calls module); null when not on a call
  asked_by                 TEXT        NOT NULL,
  asked_at                 TIMESTAMPTZ NOT NULL,
  answered_by              TEXT,
  answered_at              TIMESTAMPTZ,
  CHECK ((answered_by IS NULL) = (answered_at IS NULL))
);
CREATE INDEX alternative_timetable_request_open_idx ON alternative_timetable_request (on_roll_provision_id)
  WHERE answered_at IS NULL;
CREATE UNIQUE INDEX alternative_timetable_request_one_open_idx
  ON alternative_timetable_request (child_id, alternative_provision_id) WHERE answered_at IS NULL;
