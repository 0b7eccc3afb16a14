package org.rollcall.e2e;

import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** The whole path on a Sunday afternoon: the clock runs as Monday 30 November. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.platform.clock-start=2026-11-29T14:00", "rollcall.demo.robot-operators=1",
        "rollcall.demo.robot-think-time=1s"})
class SchoolDayPathOnASundayIntegrationTests extends SchoolDayPath {
}
