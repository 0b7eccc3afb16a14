-- statistics module (ADR 0037): an authority's current marks over a range, read for attendance statistics with
-- everything the count needs in the index itself (an index-only scan: the heap rows of 32 million marks are never
-- touched). Replaces mark_authority_date_idx, which had the same key and predicate without the included columns.
CREATE INDEX mark_authority_statistics_idx ON mark (authority_id, on_date)
  INCLUDE (child_id, session, code_set_id, code) WHERE superseded_at IS NULL;
DROP INDEX mark_authority_date_idx;
