package org.rollcall.moves;

import org.rollcall.directory.ProvisionId;

/**
 * Where a child moves: a school chosen from the directory ({@code school}) or a new one ({@code newSchool}), exactly
 * one of them; {@code email}, optional, is where the introduction letter goes instead of the school's designated
 * teacher.
 */
public record MoveTo(ProvisionId school, NewSchool newSchool, String email) {

    public static MoveTo existing(ProvisionId school, String email) {
        return new MoveTo(school, null, email);
    }

    public static MoveTo created(NewSchool school, String email) {
        return new MoveTo(null, school, email);
    }
}
