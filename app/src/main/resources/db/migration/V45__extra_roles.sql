-- Roles a user holds beyond app_user.role (ADR 0031), e.g. a QA reviewer who also supervises. Loaded as extra
-- granted authorities at sign-in; staff roles only (an authority user or API client stays scoped to its authority).
CREATE TABLE app_user_role
(
  user_id    UUID        NOT NULL REFERENCES app_user (id),
  role       TEXT        NOT NULL CHECK (role IN ('OPERATOR', 'SUPERVISOR', 'QA', 'ADMIN')),
  granted_by TEXT        NOT NULL,
  granted_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (user_id, role)
);
