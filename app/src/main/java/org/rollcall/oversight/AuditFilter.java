package org.rollcall.oversight;

import java.time.LocalDate;

import org.rollcall.directory.ChildId;

/**
 * What the viewer asks for; each part given narrows it.
 *
 * @param child entries about this child only
 * @param user entries by this user name only
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record AuditFilter(ChildId child, String user, LocalDate from, LocalDate to) {

    public AuditFilter {
        user = user == null || user.isBlank() ? null : user.strip();
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }
}
