-- directory module (issue 14, admin screens; ADR 0041): the Virtual School's contact on the authority, and indexes
-- that keep the admin provision list an index scan at 25,000 provisions.
ALTER TABLE authority
  ADD COLUMN virtual_school_name  TEXT,
  ADD COLUMN virtual_school_email TEXT,
  ADD COLUMN virtual_school_phone TEXT CHECK (virtual_school_phone ~ '^\+44[0-9]{9,10}$');

-- "Contains", any order of words, over name, town, URN and Rollcall reference (V62): the admin list's search. The
-- query repeats this expression exactly (JdbcProvisionAdmin.SEARCHED).
CREATE INDEX provision_admin_search_idx ON provision
  USING gin ((lower(name || ' ' || coalesce(town, '') || ' ' || coalesce(urn, '') || ' '
                    || coalesce(rollcall_reference, ''))) gin_trgm_ops);
-- The list is ordered by name and paged: an unfiltered page reads the first rows of this index.
CREATE INDEX provision_name_idx ON provision (lower(name), id);
