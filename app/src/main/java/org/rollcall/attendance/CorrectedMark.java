package org.rollcall.attendance;

/** A mark ({@code before}) and the correction that superseded it ({@code after}: who, when), with its reason. */
public record CorrectedMark(Mark before, Mark after, String reason) {
}
