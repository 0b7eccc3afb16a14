-- imports (issue 14): a provision's contact person has an email address as well as the provision's phone. Nullable:
-- provisions set up before have none. IF NOT EXISTS because the provisions screen (V63) may add the same column.
ALTER TABLE provision ADD COLUMN IF NOT EXISTS contact_email TEXT;
