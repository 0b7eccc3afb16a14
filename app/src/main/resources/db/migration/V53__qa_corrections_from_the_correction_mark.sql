-- qa and corrections joined (ADR 0032, 0033): a call "has a correction" when one of its marks was superseded by a
-- mark made by a correction (mark.correction_reason, V49). V47's stand-in looked for a superseding mark with no call,
-- but a correction keeps the corrected mark's call, so it found none.
CREATE OR REPLACE VIEW qa_call_row AS
SELECT c.id, c.call_date, c.due_at, c.provision_id, p.name AS provision_name, c.purpose, c.collect_from, c.attempt,
       c.status, c.operator_id, c.operator_name, c.outcome, c.talk_seconds, c.bridged_at, c.ended_at,
       r.status AS recording_status,
       EXISTS (SELECT 1 FROM challenge_outcome co WHERE co.call_id = c.id) AS has_challenge,
       EXISTS (SELECT 1 FROM mark m JOIN mark n ON n.id = m.superseded_by
               WHERE m.call_id = c.id AND n.correction_reason IS NOT NULL) AS has_correction
FROM call c
JOIN provision p ON p.id = c.provision_id
LEFT JOIN recording r ON r.call_id = c.id;

CREATE OR REPLACE VIEW qa_call_event AS
SELECT co.call_id, 'CHALLENGE' AS kind, co.recorded_at AS at, co.child_id, co.session, co.on_date,
       co.question AS what, co.outcome AS detail, co.code_typed_first AS code_before, co.code_saved AS code_after,
       co.recorded_by AS by_whom
FROM challenge_outcome co WHERE co.call_id IS NOT NULL
UNION ALL
SELECT ch.call_id, 'CHANGE', ch.made_at, ch.child_id, NULL, ch.made_on, ch.kind, ch.after_text, ch.before_text, NULL,
       ch.made_by
FROM change_heard ch WHERE ch.call_id IS NOT NULL
UNION ALL
SELECT m.call_id, 'CORRECTION', n.recorded_at, m.child_id, m.session, m.on_date, n.correction_reason, NULL, m.code,
       n.code, n.recorded_by
FROM mark m JOIN mark n ON n.id = m.superseded_by WHERE m.call_id IS NOT NULL AND n.correction_reason IS NOT NULL;
