package org.rollcall.moves;

/**
 * A school not in the directory, as typed: checked by {@link SchoolMoves#record}, which says per field what is wrong.
 *
 * @param urn six digits, or blank when not known
 * @param contact who to ask for there
 */
public record NewSchool(String name, String urn, String phone, String contact) {
}
