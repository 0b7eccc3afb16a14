-- notify module, for report subscriptions (ADR 0040): a message may carry one file made by its sender (a report's
-- PDF, CSV or spreadsheet), stored with the message so a resend carries the same file.
ALTER TABLE outbox_message
  ADD COLUMN attachment_name TEXT,
  ADD COLUMN attachment_type TEXT,
  ADD COLUMN attachment      BYTEA,
  ADD CHECK ((attachment IS NULL) = (attachment_name IS NULL) AND (attachment IS NULL) = (attachment_type IS NULL));
