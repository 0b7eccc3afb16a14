package org.rollcall.platform.web;

/** Nothing at a REST address (no such id, no such endpoint); answered as a 404 problem detail with this message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    /** No authority has the id or LA number a URL gave. */
    public static NotFoundException authority(String idOrLaCode) {
        return new NotFoundException("no authority has id or LA number '" + (idOrLaCode == null ? ""
                : idOrLaCode.strip()) + "': give the authority's id (a UUID) or its three-digit LA number");
    }
}
