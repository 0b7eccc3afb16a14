-- attendance: a correction made from the QA review (issue 16, ADR 0033). The new mark supersedes the old one as
-- any later mark does (superseded_at/superseded_by); correction_reason says why and marks it as a correction,
-- so the calls list and the extranet can tell a correction from a school's later call.
ALTER TABLE mark ADD COLUMN correction_reason TEXT;
CREATE INDEX mark_correction_idx ON mark (child_id) WHERE correction_reason IS NOT NULL;
