package org.rollcall.notify;

/**
 * How an authority signs its messages: the Virtual School head's name and title, and the Virtual School's own
 * address, which replies go to.
 *
 * @param virtualSchoolEmail optional; the Reply-To of the authority's messages
 */
public record Signature(String name, String title, String virtualSchoolEmail) {

    /** Until an admin sets one. */
    public static Signature unsigned() {
        return new Signature("The Virtual School", "Virtual School Head's office", null);
    }
}
