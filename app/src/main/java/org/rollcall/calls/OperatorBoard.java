package org.rollcall.calls;

import java.util.List;

/** Every operator who has ever been ready, with their state now: read by the supervisor's wallboard. */
public interface OperatorBoard {

    /** Ordered by name. */
    List<OperatorNow> operatorsNow();
}
