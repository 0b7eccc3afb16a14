-- directory module (issue 14): references to match rows by when importing and to find them on admin screens.
-- A provision without a URN (alternative provision, many PRUs) gets a Rollcall reference, RC and six digits, so it
-- can be named in a file and on the phone; a URN never starts with letters, so the two cannot be confused.
CREATE SEQUENCE provision_reference_seq;
ALTER TABLE provision ADD COLUMN rollcall_reference CHAR(8) UNIQUE CHECK (rollcall_reference ~ '^RC[0-9]{6}$');
UPDATE provision SET rollcall_reference = 'RC' || lpad(nextval('provision_reference_seq')::text, 6, '0')
 WHERE urn IS NULL;

-- Every insert path (admin screen, import, a school set up on a move) gets one without having to remember it.
CREATE FUNCTION provision_reference() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.urn IS NULL AND NEW.rollcall_reference IS NULL THEN
    NEW.rollcall_reference := 'RC' || lpad(nextval('provision_reference_seq')::text, 6, '0');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER provision_reference BEFORE INSERT OR UPDATE OF urn ON provision
  FOR EACH ROW EXECUTE FUNCTION provision_reference();

-- The authority's own reference for a child (its case-management number); unique within the authority.
ALTER TABLE child ADD COLUMN local_reference TEXT CHECK (local_reference ~ '^[A-Za-z0-9/_.-]{1,40}$');
CREATE UNIQUE INDEX child_local_reference_idx ON child (authority_id, local_reference)
  WHERE local_reference IS NOT NULL;
