-- recording module: a recording with no audio (the PBX stopped mid-call and left a header with nothing after it, or
-- less than rollcall.recording.min-audio) is LOST, with the reason in problem, and is never stored. Like a rejected
-- one it may have no digest; it may keep the bytes and duration that were found.
ALTER TABLE recording DROP CONSTRAINT recording_status_check;
ALTER TABLE recording ADD CONSTRAINT recording_status_check
  CHECK (status IN ('PENDING', 'STORED', 'REJECTED', 'DELETED', 'LOST'));
ALTER TABLE recording DROP CONSTRAINT recording_measured_unless_rejected;
ALTER TABLE recording ADD CONSTRAINT recording_measured_unless_rejected_or_lost
  CHECK (status IN ('REJECTED', 'LOST') OR (bytes IS NOT NULL AND sha256 IS NOT NULL AND duration_ms IS NOT NULL));
-- When the recording's audio began, on the app clock: its length before the moment the exchange says it stopped. It
-- can begin after the bridge (MixMonitor starts half a second late), so marks' offsets are measured from here.
ALTER TABLE recording ADD COLUMN audio_started_at TIMESTAMPTZ;
