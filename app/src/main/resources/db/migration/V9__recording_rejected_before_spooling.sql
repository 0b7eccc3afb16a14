-- recording module: a recording rejected before it reached the spool (empty, not a WAV, unreadable) has a row that
-- says why, but no bytes, digest or duration.
ALTER TABLE recording
  ALTER COLUMN bytes DROP NOT NULL,
  ALTER COLUMN sha256 DROP NOT NULL,
  ALTER COLUMN duration_ms DROP NOT NULL,
  ADD CONSTRAINT recording_measured_unless_rejected
    CHECK (status = 'REJECTED' OR (bytes IS NOT NULL AND sha256 IS NOT NULL AND duration_ms IS NOT NULL));
