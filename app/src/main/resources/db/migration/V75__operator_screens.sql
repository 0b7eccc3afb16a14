-- Which app node holds an operator's screen (ADR 0051): that node's dialler offers them their calls, so the screen
-- pop is pushed by the node that offered it. A row of a node that is gone is ignored (its listening connection is
-- no longer in pg_stat_activity) and removed when the operator next opens a screen.
CREATE TABLE operator_screen
(
  user_id   UUID        NOT NULL REFERENCES app_user (id),
  node      TEXT        NOT NULL,
  opened_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (user_id, node)
);
