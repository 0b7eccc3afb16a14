-- attendance module: the operator's "excluded" tick, stored with the mark whatever its code (a school that marks C but
-- says the child is excluded). The escalation module treats a ticked mark like code E (ADR 0017).
ALTER TABLE mark ADD COLUMN excluded BOOLEAN NOT NULL DEFAULT false;
