package org.rollcall.calls;

import java.util.Optional;

/** Whether the dialler is offering calls; operators' and supervisors' screens say so while it is paused. */
public interface DiallerStatus {

    /** Present while the dialler is paused because the telephone exchange cannot be reached. */
    Optional<DiallerPause> pause();

    /**
     * Runs {@code listener} whenever the dialler pauses or resumes, on the dialler's thread (a screen hands over to
     * its UI). Run the returned {@code Runnable} to stop listening.
     */
    Runnable onChange(Runnable listener);
}
