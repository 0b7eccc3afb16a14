-- moves module: a child's move to another school (recorded on a call or by an admin), and the "introduce the
-- service" task it leaves when Rollcall does not call the new school yet (no call window). The placements themselves
-- are the directory's (ended and started through DirectoryAdmin in the same transaction); this is the record of it.
CREATE TABLE school_move
(
  id                UUID PRIMARY KEY,
  child_id          UUID        NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  authority_id      UUID        NOT NULL,
  from_provision_id UUID REFERENCES provision (id), -- null when the child was on roll nowhere
  to_provision_id   UUID        NOT NULL REFERENCES provision (id),
  starts_on         DATE        NOT NULL,
  school_created    BOOLEAN     NOT NULL,           -- the new school was set up by this move
  call_id           UUID,                           -- the call it was heard on; null when an admin recorded it
  letter_id         UUID        NOT NULL,           -- the introduction letter in notify's outbox
  letter_to         TEXT,                           -- null: no address known, the letter is undeliverable
  made_by           TEXT        NOT NULL,
  made_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX school_move_child_idx ON school_move (child_id, made_at);

CREATE TABLE introduction_task
(
  id           UUID PRIMARY KEY,
  move_id      UUID        NOT NULL REFERENCES school_move (id) ON DELETE CASCADE,
  provision_id UUID        NOT NULL REFERENCES provision (id),
  opened_at    TIMESTAMPTZ NOT NULL,
  closed_at    TIMESTAMPTZ,
  closed_by    TEXT,
  CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);
-- One open task per school, however many children move there before it is introduced.
CREATE UNIQUE INDEX introduction_task_open_idx ON introduction_task (provision_id) WHERE closed_at IS NULL;
