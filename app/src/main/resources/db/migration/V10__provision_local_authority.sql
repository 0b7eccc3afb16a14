-- directory module: the authority whose area a provision is in; its term dates apply (calendar module).
-- NULL until known: a provision without one is open every weekday that is not a bank holiday.
ALTER TABLE provision ADD COLUMN local_authority_id UUID NULL REFERENCES authority (id);
COMMENT ON COLUMN provision.local_authority_id IS
  'the authority whose area the provision is in; its term dates apply';
CREATE INDEX provision_local_authority_idx ON provision (local_authority_id);
