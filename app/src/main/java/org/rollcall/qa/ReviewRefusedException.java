package org.rollcall.qa;

/** A scorecard, template or comment that cannot be saved, saying what was wrong and what is accepted. */
public class ReviewRefusedException extends RuntimeException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
