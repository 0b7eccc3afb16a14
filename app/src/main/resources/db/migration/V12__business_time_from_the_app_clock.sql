-- One clock: business times are written by the application from its injected clock, never by the database's now(),
-- so a demo or test clock (weekend shown as Monday, a fast clock) cannot make two times of one event disagree.
-- Without the defaults an insert that forgets the time fails instead of quietly using the database's clock.
ALTER TABLE authority ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE api_token ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE audit_log ALTER COLUMN at DROP DEFAULT;
ALTER TABLE operator_status ALTER COLUMN since DROP DEFAULT;
