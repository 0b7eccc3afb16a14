package org.rollcall.statistics;

import org.rollcall.directory.ChildId;

/** One child's figures over a range, with the names screens and reports show. */
public record ChildStatistics(ChildId child, String childName, String upn, String schoolName, DateRange range,
                              SessionFigures sessions) {
}
