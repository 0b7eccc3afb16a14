-- The authority's day dashboard reads one day's calls to its own schools (call_date = ? AND provision_id = ANY(?)).
-- call_plan_idx starts with provision_id but is partial (first attempts only), and call_date_idx would walk every
-- school's calls that day nationally (about 8,000) to keep a hundred: this index goes straight to them (ADR 0038).
CREATE INDEX call_provision_date_idx ON call (provision_id, call_date);
