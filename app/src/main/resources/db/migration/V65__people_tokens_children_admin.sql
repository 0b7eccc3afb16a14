-- Issue 14 admin screens (ADR 0042). API tokens: when each was last used (written at most once a minute per token).
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMPTZ;

-- Children: the admin list searches by name (any part, any case), UPN and the authority's own reference at national
-- scale (90,000 children); GIN trigram indexes (pg_trgm since V38) serve all three arms of the search's OR (part of
-- the name, the start of the UPN or of the reference), so PostgreSQL can combine them (BitmapOr) instead of scanning.
CREATE INDEX child_name_trgm_idx ON child USING gin ((first_name || ' ' || last_name) gin_trgm_ops);
CREATE INDEX child_local_reference_trgm_idx ON child USING gin (local_reference gin_trgm_ops);
CREATE INDEX child_upn_trgm_idx ON child USING gin ((upn::text) gin_trgm_ops);
CREATE INDEX child_list_order_idx ON child (last_name, first_name, id);
