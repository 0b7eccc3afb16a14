package org.rollcall.e2e;

import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** The whole path on a Wednesday at 23:58: the call may run into Thursday. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.platform.clock-start=2026-12-02T23:58", "rollcall.demo.robot-operators=1",
        "rollcall.demo.robot-think-time=1s"})
class SchoolDayPathJustBeforeMidnightIntegrationTests extends SchoolDayPath {
}
