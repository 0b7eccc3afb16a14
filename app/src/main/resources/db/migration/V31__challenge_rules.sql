-- challenges module (ADR 0024): each authority's challenge rules as data. No row: the rule is off, with its
-- shipped parameter and question; an admin's PUT writes the row.
CREATE TABLE challenge_rule
(
  authority_id UUID        NOT NULL REFERENCES authority (id),
  kind         TEXT        NOT NULL CHECK (kind IN ('UNAUTHORISED_CODE', 'B_WITHOUT_ALTERNATIVE_PROVISION',
                                                    'CONSECUTIVE_ILLNESS', 'ILLNESS_IN_FOUR_WEEKS',
                                                    'PM_PRESENT_AFTER_AM_ABSENCE', 'RARE_CODE')),
  enabled      BOOLEAN     NOT NULL,
  parameter    INT,
  question     TEXT        NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
  updated_by   TEXT        NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (authority_id, kind)
);
