-- Which authorities buy attainment collection (off unless an admin switches it on); the attainment module's own
-- table, so the directory's authority table is not changed for a bought extra.
CREATE TABLE attainment_authority
(
  authority_id UUID PRIMARY KEY REFERENCES authority (id),
  collects     BOOLEAN     NOT NULL,
  changed_at   TIMESTAMPTZ NOT NULL,
  changed_by   TEXT        NOT NULL
);
