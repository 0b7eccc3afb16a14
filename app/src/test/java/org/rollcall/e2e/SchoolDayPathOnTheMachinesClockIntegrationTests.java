package org.rollcall.e2e;

import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** The whole path on the machine's own day and hour (weekends run as Monday). */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.demo.robot-think-time=1s"})
class SchoolDayPathOnTheMachinesClockIntegrationTests extends SchoolDayPath {
}
