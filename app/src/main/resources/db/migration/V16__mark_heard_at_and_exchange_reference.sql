-- attendance module: when the code was heard, to the millisecond on the app clock (the first keystroke in its field
-- while the school was connected). Its moment in the recording is heard_at - recording.audio_started_at; marks from
-- before this column keep only offset_seconds (whole seconds from the bridge).
ALTER TABLE mark ADD COLUMN heard_at TIMESTAMPTZ;
-- calls module: the exchange's own reference for a call (Twilio's call SID), so that after a restart the exchange can
-- be asked what became of it.
ALTER TABLE call ADD COLUMN exchange_ref TEXT;
