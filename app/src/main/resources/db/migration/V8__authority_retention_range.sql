-- directory module: recording retention per authority is 1 to 120 months (DirectoryAdmin.setRecordingRetention).
ALTER TABLE authority
  DROP CONSTRAINT authority_recording_retention_months_check,
  ADD CONSTRAINT authority_recording_retention_months_check CHECK (recording_retention_months BETWEEN 1 AND 120);
