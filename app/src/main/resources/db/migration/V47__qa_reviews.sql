-- qa module (ADR 0032): scorecard templates (a saved edit is a new version; reviews keep the version they were
-- scored against), reviews of calls with their scores and comments pinned to the recording, and the review queue.
CREATE TABLE scorecard_template
(
  id             UUID PRIMARY KEY,
  name           TEXT          NOT NULL CHECK (btrim(name) <> ''),
  sample_percent INT           NOT NULL CHECK (sample_percent BETWEEN 0 AND 100),
  pass_from      NUMERIC(5, 2) NOT NULL,
  coaching_from  NUMERIC(5, 2) NOT NULL,
  active         BOOLEAN       NOT NULL,
  saved_by       TEXT          NOT NULL,
  saved_at       TIMESTAMPTZ   NOT NULL,
  CHECK (0 <= coaching_from AND coaching_from <= pass_from AND pass_from <= 100)
);
-- One template in use at a time.
CREATE UNIQUE INDEX scorecard_template_active_idx ON scorecard_template (active) WHERE active;

CREATE TABLE scorecard_criterion
(
  template_id UUID          NOT NULL REFERENCES scorecard_template (id),
  position    INT           NOT NULL,
  label       TEXT          NOT NULL CHECK (btrim(label) <> ''),
  weight      NUMERIC(7, 2) NOT NULL CHECK (weight > 0),
  min_score   INT           NOT NULL,
  max_score   INT           NOT NULL,
  PRIMARY KEY (template_id, position),
  CHECK (max_score > min_score)
);

-- One review a call; operator_id is the call's operator, copied so "My reviews" reads only qa's tables.
CREATE TABLE call_review
(
  call_id         UUID          PRIMARY KEY REFERENCES call (id),
  template_id     UUID          NOT NULL REFERENCES scorecard_template (id),
  operator_id     UUID,
  operator_name   TEXT,
  call_date       DATE          NOT NULL,
  reviewer        TEXT          NOT NULL,
  reviewed_at     TIMESTAMPTZ   NOT NULL,
  percent         NUMERIC(5, 2) NOT NULL,
  computed_result TEXT          NOT NULL CHECK (computed_result IN ('PASS', 'NEEDS_COACHING', 'FAIL')),
  result          TEXT          NOT NULL CHECK (result IN ('PASS', 'NEEDS_COACHING', 'FAIL')),
  override_reason TEXT,
  CHECK (result = computed_result OR btrim(override_reason) <> '')
);
CREATE INDEX call_review_operator_idx ON call_review (operator_id, reviewed_at);

CREATE TABLE review_score
(
  call_id  UUID NOT NULL REFERENCES call_review (call_id) ON DELETE CASCADE,
  position INT  NOT NULL,
  score    INT  NOT NULL,
  PRIMARY KEY (call_id, position)
);

CREATE TABLE review_comment
(
  id         UUID PRIMARY KEY,
  call_id    UUID        NOT NULL REFERENCES call (id),
  at_millis  BIGINT      NOT NULL CHECK (at_millis >= 0),
  body       TEXT        NOT NULL CHECK (btrim(body) <> ''),
  written_by TEXT        NOT NULL,
  written_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_comment_call_idx ON review_comment (call_id, at_millis);

-- Calls waiting for a review: sampled, or with a challenge or a correction. Reviewed items leave (done_at).
CREATE TABLE review_queue
(
  call_id   UUID        PRIMARY KEY REFERENCES call (id),
  call_date DATE        NOT NULL,
  reason    TEXT        NOT NULL CHECK (reason IN ('SAMPLED', 'CHALLENGE', 'CORRECTION')),
  queued_at TIMESTAMPTZ NOT NULL,
  taken_by  TEXT,
  taken_at  TIMESTAMPTZ,
  done_at   TIMESTAMPTZ
);
CREATE INDEX review_queue_open_idx ON review_queue (queued_at) WHERE done_at IS NULL;

-- The calls list's rows: a read-only view over the calls, recording, challenges and attendance tables, so the list
-- pages in SQL without writing to (or knowing the internals of) them from Java. has_correction is a best effort
-- until attendance.MarkCorrected exists: one of the call's marks was superseded by a mark not taken on a call.
CREATE VIEW qa_call_row AS
SELECT c.id, c.call_date, c.due_at, c.provision_id, p.name AS provision_name, c.purpose, c.collect_from, c.attempt,
       c.status, c.operator_id, c.operator_name, c.outcome, c.talk_seconds, c.bridged_at, c.ended_at,
       r.status AS recording_status,
       EXISTS (SELECT 1 FROM challenge_outcome co WHERE co.call_id = c.id) AS has_challenge,
       EXISTS (SELECT 1 FROM mark m JOIN mark n ON n.id = m.superseded_by
               WHERE m.call_id = c.id AND n.call_id IS NULL) AS has_correction
FROM call c
JOIN provision p ON p.id = c.provision_id
LEFT JOIN recording r ON r.call_id = c.id;

-- What happened on a call besides its current marks, for the review page's timeline: questions put to the school
-- (challenges), changes heard, and marks taken on the call that a later mark superseded (corrections).
CREATE VIEW qa_call_event AS
SELECT co.call_id, 'CHALLENGE' AS kind, co.recorded_at AS at, co.child_id, co.session, co.on_date,
       co.question AS what, co.outcome AS detail, co.code_typed_first AS code_before, co.code_saved AS code_after,
       co.recorded_by AS by_whom
FROM challenge_outcome co WHERE co.call_id IS NOT NULL
UNION ALL
SELECT ch.call_id, 'CHANGE', ch.made_at, ch.child_id, NULL, ch.made_on, ch.kind, ch.after_text, ch.before_text, NULL,
       ch.made_by
FROM change_heard ch WHERE ch.call_id IS NOT NULL
UNION ALL
SELECT m.call_id, 'CORRECTION', n.recorded_at, m.child_id, m.session, m.on_date, n.reason, NULL, m.code, n.code,
       n.recorded_by
FROM mark m JOIN mark n ON n.id = m.superseded_by WHERE m.call_id IS NOT NULL AND n.call_id IS NULL;

INSERT INTO scorecard_template (id, name, sample_percent, pass_from, coaching_from, active, saved_by, saved_at)
VALUES ('00000000-0000-0000-0000-00000000a001', 'Standard call review', 5, 80, 60, TRUE, 'system', TIMESTAMPTZ '2026-01-01 00:00:00+00');
INSERT INTO scorecard_criterion (template_id, position, label, weight, min_score, max_score)
VALUES ('00000000-0000-0000-0000-00000000a001', 1, 'Greeting and recording notice given', 1, 0, 2),
       ('00000000-0000-0000-0000-00000000a001', 2, 'Password checked', 2, 0, 2),
       ('00000000-0000-0000-0000-00000000a001', 3, 'Every expected child asked', 3, 0, 2),
       ('00000000-0000-0000-0000-00000000a001', 4, 'Reasons asked for absences', 2, 0, 2),
       ('00000000-0000-0000-0000-00000000a001', 5, 'Challenges handled', 2, 0, 2);
