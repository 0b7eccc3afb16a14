package org.rollcall.e2e;

import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** The whole path on the last Sunday of March, a minute before 01:00 GMT becomes 02:00 BST. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.platform.clock-start=2026-03-29T00:59", "rollcall.demo.robot-operators=1",
        "rollcall.demo.robot-think-time=1s"})
class SchoolDayPathOnTheDayClocksGoForwardIntegrationTests extends SchoolDayPath {
}
