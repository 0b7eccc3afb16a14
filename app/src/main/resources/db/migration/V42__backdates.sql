-- moves module: the marks a moved child still owes from the start date at the new school, entered on a grid on that
-- school's call and stored by attendance with their own dates. Open until every school-day session from the start
-- date to the day before the call has a mark.
CREATE TABLE backdate
(
  move_id      UUID PRIMARY KEY REFERENCES school_move (id) ON DELETE CASCADE,
  child_id     UUID        NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  provision_id UUID        NOT NULL REFERENCES provision (id),
  from_date    DATE        NOT NULL,
  closed_at    TIMESTAMPTZ,
  closed_by    TEXT
);
CREATE INDEX backdate_open_idx ON backdate (provision_id) WHERE closed_at IS NULL;
