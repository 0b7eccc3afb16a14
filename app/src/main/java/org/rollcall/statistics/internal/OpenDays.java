package org.rollcall.statistics.internal;

import java.time.LocalDate;

import org.rollcall.calendar.OpenSessions;
import org.rollcall.directory.ProvisionId;

/** Which sessions a school was open: the calendar snapshot in the service, a plain rule in the worked examples. */
@FunctionalInterface
interface OpenDays {

    OpenSessions open(ProvisionId school, LocalDate day);
}
