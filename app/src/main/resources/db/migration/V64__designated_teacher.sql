-- accounts (issue 14, ADR 0042): a designated teacher is a user bound to one provision, the school whose monitored
-- children they see. Authority users have an authority and no provision; designated teachers a provision and no
-- authority (the provision's authority is found through the provision); staff neither.
ALTER TABLE app_user ADD COLUMN provision_id UUID REFERENCES provision (id);
CREATE INDEX app_user_provision_idx ON app_user (provision_id) WHERE provision_id IS NOT NULL;

ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user DROP CONSTRAINT app_user_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
  CHECK (role IN ('OPERATOR', 'SUPERVISOR', 'QA', 'ADMIN', 'AUTHORITY', 'DESIGNATED_TEACHER'));
ALTER TABLE app_user ADD CONSTRAINT app_user_scope_check
  CHECK ((role = 'AUTHORITY') = (authority_id IS NOT NULL)
     AND (role = 'DESIGNATED_TEACHER') = (provision_id IS NOT NULL));
