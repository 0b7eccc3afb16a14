package org.rollcall.changes;

import java.time.LocalDate;
import java.util.Objects;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.SenStatus;

/**
 * A change as the operator typed it: text as typed (checked by {@link Changes#save}, which says per field what is
 * wrong), only the fields its kind uses. {@code provision} is the school called; {@code child} is null for a change
 * about the school (its designated teacher).
 *
 * @param otherAuthorityConfirmed the operator confirmed with the school that the child came from another authority,
 *     so a UPN with another authority's LA number is taken
 * @param date the child's last day on roll at the school (not on roll), or the day they start at the new school
 * @param school the new school's name
 * @param moveTo for a move, the new school chosen from the directory or entered as new (the moves module acts on
 *     it: ADR 0029); null for other kinds
 */
public record HeardChange(ChangeKind kind, ChildId child, ProvisionId provision, String name, String phone,
                          String email, SenStatus senStatus, String upn, boolean otherAuthorityConfirmed,
                          LocalDate date, String school, org.rollcall.moves.MoveTo moveTo) {

    public HeardChange {
        Objects.requireNonNull(kind, "kind of change");
        Objects.requireNonNull(provision, "the school called");
    }

    /** A change of any kind but a move. */
    public HeardChange(ChangeKind kind, ChildId child, ProvisionId provision, String name, String phone,
                       String email, SenStatus senStatus, String upn, boolean otherAuthorityConfirmed,
                       LocalDate date, String school) {
        this(kind, child, provision, name, phone, email, senStatus, upn, otherAuthorityConfirmed, date, school, null);
    }

    public static HeardChange contact(ChangeKind kind, ChildId child, ProvisionId provision, String name,
                                      String phone, String email) {
        return new HeardChange(kind, child, provision, name, phone, email, null, null, false, null, null);
    }

    public static HeardChange designatedTeacher(ProvisionId provision, String name, String phone, String email) {
        return new HeardChange(ChangeKind.DESIGNATED_TEACHER, null, provision, name, phone, email, null, null, false,
                null, null);
    }

    public static HeardChange sen(ChildId child, ProvisionId provision, SenStatus status) {
        return new HeardChange(ChangeKind.SEN, child, provision, null, null, null, status, null, false, null, null);
    }

    public static HeardChange upn(ChildId child, ProvisionId provision, String upn, boolean otherAuthorityConfirmed) {
        return new HeardChange(ChangeKind.UPN, child, provision, null, null, null, null, upn,
                otherAuthorityConfirmed, null, null);
    }

    public static HeardChange notOnRoll(ChildId child, ProvisionId provision, LocalDate since) {
        return new HeardChange(ChangeKind.NOT_ON_ROLL, child, provision, null, null, null, null, null, false, since,
                null);
    }

    public static HeardChange movedSchool(ChildId child, ProvisionId provision, String school, LocalDate startsOn) {
        return new HeardChange(ChangeKind.MOVED_SCHOOL, child, provision, null, null, null, null, null, false,
                startsOn, school);
    }

    /** A move to the school {@code moveTo} names; {@code school} is its name as the record keeps it. */
    public static HeardChange movedSchool(ChildId child, ProvisionId provision, String school, LocalDate startsOn,
                                          org.rollcall.moves.MoveTo moveTo) {
        return new HeardChange(ChangeKind.MOVED_SCHOOL, child, provision, null, null, null, null, null, false,
                startsOn, school, moveTo);
    }
}
