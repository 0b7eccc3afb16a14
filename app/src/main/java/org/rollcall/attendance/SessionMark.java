package org.rollcall.attendance;

import java.time.LocalDate;

import org.rollcall.directory.ChildId;

/** A current mark reduced to what statistics count: whose session it is, its code, the code's meaning. */
public record SessionMark(ChildId child, LocalDate date, Session session, String code, CodeCategory category,
                          String description) {
}
