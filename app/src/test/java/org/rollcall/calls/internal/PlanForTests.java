package org.rollcall.calls.internal;

import org.springframework.context.ApplicationContext;

/** Plans today from a test in another module (the planner is internal to calls): as the scheduled round does. */
public final class PlanForTests {

    private PlanForTests() {
    }

    public static int planToday(ApplicationContext context) {
        return context.getBean(CallPlanner.class).planToday();
    }
}
