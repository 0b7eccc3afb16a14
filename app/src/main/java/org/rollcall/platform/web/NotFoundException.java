package org.rollcall.platform.web;

/** Nothing at a REST address (no such id, no such endpoint); answered as a 404 problem detail with this message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
