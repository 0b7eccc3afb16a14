-- notify module: each authority's own words. The layout of every kind of message is a shipped template; what it
-- says (subject and body with {placeholders}) and who signs it (the Virtual School head) are data, set by admins.
CREATE TABLE message_wording
(
  authority_id UUID        NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
  kind         TEXT        NOT NULL,
  subject      TEXT        NOT NULL CHECK (btrim(subject) <> ''),
  body         TEXT        NOT NULL CHECK (btrim(body) <> ''),
  updated_by   TEXT        NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (authority_id, kind)
);

CREATE TABLE authority_signature
(
  authority_id         UUID PRIMARY KEY REFERENCES authority (id) ON DELETE CASCADE,
  name                 TEXT        NOT NULL CHECK (btrim(name) <> ''),
  title                TEXT        NOT NULL CHECK (btrim(title) <> ''),
  virtual_school_email TEXT,
  updated_by           TEXT        NOT NULL,
  updated_at           TIMESTAMPTZ NOT NULL
);
