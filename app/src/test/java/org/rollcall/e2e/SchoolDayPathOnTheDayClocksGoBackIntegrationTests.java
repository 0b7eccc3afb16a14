package org.rollcall.e2e;

import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** The whole path on the last Sunday of October, a minute before 02:00 BST becomes 01:00 GMT. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.platform.clock-start=2026-10-25T01:59", "rollcall.demo.robot-operators=1",
        "rollcall.demo.robot-think-time=1s"})
class SchoolDayPathOnTheDayClocksGoBackIntegrationTests extends SchoolDayPath {
}
