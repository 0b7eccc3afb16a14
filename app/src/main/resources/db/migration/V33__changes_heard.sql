-- changes module: each change heard during a call (carer, social worker, designated teacher, SEN status, a missing
-- UPN, not on roll, moved school), kept with who, when and which call and what was on record before and after, in
-- words. The directory itself is updated in the same transaction; this is the record of it.
-- authority_ids: the authorities that see the change (the child's; for a school's designated teacher, the
-- authorities of the children expected there that day), so listing never reads another module's tables.
CREATE TABLE change_heard
(
  id            UUID PRIMARY KEY,
  kind          TEXT        NOT NULL CHECK (kind IN ('CARER', 'SOCIAL_WORKER', 'DESIGNATED_TEACHER', 'SEN', 'UPN',
                                                     'NOT_ON_ROLL', 'MOVED_SCHOOL')),
  authority_ids UUID[]      NOT NULL,
  child_id      UUID REFERENCES child (id) ON DELETE CASCADE,
  provision_id  UUID        NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
  call_id       UUID,        -- the call it was heard on (calls module); null when not heard on a call
  made_by       TEXT        NOT NULL,
  made_at       TIMESTAMPTZ NOT NULL,
  made_on       DATE        NOT NULL, -- made_at's day in Rollcall's time zone: "changes today"
  before_text   TEXT,
  after_text    TEXT        NOT NULL,
  effective_on  DATE,        -- not on roll since, or starts at the new school on
  new_school    TEXT,
  CHECK (kind = 'DESIGNATED_TEACHER' OR child_id IS NOT NULL)
);
CREATE INDEX change_heard_authority_idx ON change_heard USING GIN (authority_ids);
CREATE INDEX change_heard_made_on_idx ON change_heard (made_on, made_at);
CREATE INDEX change_heard_child_idx ON change_heard (child_id, made_at);
