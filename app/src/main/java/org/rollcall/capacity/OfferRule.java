package org.rollcall.capacity;

/** How the dialler picks the next call for a free operator. */
public enum OfferRule {

    /** The call due longest first, school or follow-up alike: the rule the dialler started with. */
    FIRST_DUE("first due"),

    /** School calls by the window closing soonest; follow-ups only fill slack (the dialler today, ADR 0017). */
    WINDOW_CLOSES_FIRST("window closes first"),

    /**
     * School calls by least slack: the window's close less the call's expected handle time and, while attempts are
     * left, a reserve for a retry; follow-ups only fill slack (ADR 0036).
     */
    LEAST_SLACK("least slack"),

    /**
     * Every first attempt before any retry, each by the window closing soonest; follow-ups only fill slack. Shows
     * what the retries the other rules make inside busy windows cost (ADR 0050); not the dialler's rule.
     */
    FIRST_ATTEMPTS_FIRST("first attempts first"),

    /**
     * By the window closing soonest, but a retry waits for first attempts whose windows close up to five minutes
     * after its own: the gentlest shift towards first attempts that meets the seed day's 1.10 × bound. Shows the
     * price in schools unreached (ADR 0055); not the dialler's rule.
     */
    RETRIES_YIELD("retries yield 5 min");

    /** Further than any window's close: a retry's key sorts after every first attempt's. */
    private static final double RETRIES_AFTER = 2 * 86_400;
    /** How much later a first attempt's window may close and still go before a retry, under RETRIES_YIELD. */
    private static final double YIELD_SECONDS = 5 * 60;

    private final String label;

    OfferRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Lower keys are offered first among school attempts that are due. */
    double schoolKey(Attempt attempt, SimulationSettings settings) {
        return switch (this) {
            case FIRST_DUE -> attempt.dueAt;
            case WINDOW_CLOSES_FIRST -> attempt.closesAt;
            case LEAST_SLACK -> attempt.closesAt - Expected.attemptSeconds(settings, attempt.children)
                    + (attempt.number > 1 ? settings.retryDelay().toSeconds() : 0);
            case FIRST_ATTEMPTS_FIRST -> attempt.closesAt + (attempt.number > 1 ? RETRIES_AFTER : 0);
            case RETRIES_YIELD -> attempt.closesAt + (attempt.number > 1 ? YIELD_SECONDS : 0);
        };
    }

    boolean followUpsFillSlackOnly() {
        return this != FIRST_DUE;
    }
}
