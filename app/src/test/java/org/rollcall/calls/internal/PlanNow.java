package org.rollcall.calls.internal;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For benchmarks outside this package: the national-day directory ({@link BenchmarkData}), then today's plan. */
public final class PlanNow {

    private PlanNow() {
    }

    /** Writes the directory and plans today's calls at once (not at the next planner tick); returns how many. */
    public static int seedAndPlan(ApplicationContext context, int authorities, int provisions, int children) {
        BenchmarkData.generate(context.getBean(JdbcClient.class), authorities, provisions, children);
        return context.getBean(CallPlanner.class).planToday();
    }
}
