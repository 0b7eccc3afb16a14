package org.rollcall.moves.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.moves.MoveDone;
import org.rollcall.moves.MoveTo;
import org.rollcall.moves.NewMove;
import org.rollcall.moves.NewSchool;
import org.rollcall.moves.SchoolMoves;
import org.rollcall.platform.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Admins record a child's move to another school, as an operator does on a call. */
@RestController
@RequestMapping("/api/v1/admin/children/{childId}/moves")
class MovesAdminController {

    /**
     * Either {@code schoolId} (a school in the directory) or {@code newSchool}; {@code email} optional, where the
     * introduction letter goes instead of the school's designated teacher.
     */
    record MoveBody(LocalDate startsOn, UUID schoolId, NewSchool newSchool, String email) {
    }

    record MoveView(UUID id, String fromSchool, UUID schoolId, String school, LocalDate startsOn,
                    boolean schoolCreated, boolean introductionTask, String letterTo) {
    }

    private final SchoolMoves moves;

    MovesAdminController(SchoolMoves moves) {
        this.moves = moves;
    }

    @Operation(summary = "Record the child's move: the old on-roll placement ends the day before startsOn, the new "
            + "school (schoolId, or newSchool with name, urn, phone, contact) is set up if new, the authority's "
            + "introduction letter is emailed to it, and the child's marks from startsOn are backdated on its first "
            + "call. 400 says per field what is wrong; a URN already in the directory under another name offers "
            + "that school as offeredSchoolId")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MoveView record(@PathVariable String childId, @RequestBody MoveBody body, Principal caller) {
        ChildId child;
        try {
            child = new ChildId(UUID.fromString(childId));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + childId + "' is not a child's id: give the id (a UUID) from the "
                    + "child's record");
        }
        MoveDone done = moves.record(new NewMove(child, body.startsOn(), new MoveTo(body.schoolId() == null ? null
                : new ProvisionId(body.schoolId()), body.newSchool(), body.email()), null), caller.getName());
        return new MoveView(done.id(), done.fromSchool(), done.school().value(), done.schoolName(), done.startsOn(),
                done.schoolCreated(), done.introductionTask(), done.letterTo());
    }
}
