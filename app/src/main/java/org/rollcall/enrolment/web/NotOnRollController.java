package org.rollcall.enrolment.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Directory;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.NotOnRoll;
import org.rollcall.enrolment.NotOnRollRefusedException;
import org.rollcall.enrolment.NotOnRollSource;
import org.rollcall.platform.web.BadRequestException;
import org.rollcall.platform.web.NotFoundException;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.rollcall.platform.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * Admins record a child no longer on roll with no new school; authorities (users and API clients) list theirs, paged
 * like the other v1 lists (ADR 0022): another authority's list is answered 403.
 */
@RestController
@RequestMapping("/api/v1")
class NotOnRollController {

    /**
     * @param schoolId the school the child left; optional when the child is on roll at one school only
     * @param lastDay the last day on roll, YYYY-MM-DD, from the placement's start to today
     */
    record NotOnRollBody(String schoolId, String lastDay, String note) {
    }

    /**
     * @param since the first day not on roll (the day after {@code lastDay})
     * @param newSchool a school the child has been placed on roll at since, or null
     */
    record NotOnRollItem(String id, String childId, String child, String upn, String lastSchoolId, String lastSchool,
                         LocalDate lastDay, LocalDate since, String source, String sourceLabel, String recordedBy,
                         Instant recordedAt, String note, String newSchool, LocalDate newSchoolFrom) {

        static NotOnRollItem of(NotOnRoll n) {
            return new NotOnRollItem(n.id().toString(), n.child().toString(), n.childName(), n.upn(),
                    n.provision().toString(), n.lastSchool(), n.lastDay(), n.since(), n.source().name(),
                    n.source().label(), n.recordedBy(), n.recordedAt(), n.note(), n.newSchool(), n.newSchoolFrom());
        }
    }

    private final Enrolment enrolment;
    private final Directory directory;

    NotOnRollController(Enrolment enrolment, Directory directory) {
        this.enrolment = enrolment;
        this.directory = directory;
    }

    @Operation(summary = "Record that a child is no longer on roll at a school, with no new school: the placement "
            + "ends after the last day, the authority is emailed and lists the child as not on roll")
    @PostMapping("/admin/children/{id}/not-on-roll")
    NotOnRollItem notOnRoll(@PathVariable String id, @RequestBody NotOnRollBody body, Principal admin) {
        ChildId child = new ChildId(BadRequestException.uuid(id, "a child id"));
        ChildRecord record = directory.childRecord(child).orElseThrow(() -> new NotFoundException("no child with id "
                + id + ": check the id"));
        if (body == null) {
            throw new BadRequestException("lastDay: give the child's last day on roll, YYYY-MM-DD");
        }
        ProvisionId school = body.schoolId() == null || body.schoolId().isBlank() ? onlySchool(record)
                : new ProvisionId(BadRequestException.uuid(body.schoolId().strip(), "a school id"));
        LocalDate lastDay;
        try {
            lastDay = body.lastDay() == null || body.lastDay().isBlank() ? null : LocalDate.parse(body.lastDay()
                    .strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("lastDay: '" + body.lastDay() + "' is not a date: use YYYY-MM-DD, such as "
                    + "2026-12-01");
        }
        return NotOnRollItem.of(enrolment.notOnRoll(child, school, lastDay, NotOnRollSource.ADMIN, admin.getName(),
                body.note()));
    }

    /**
     * Without a school named, the one the child is on roll at now; with none, the one they were on roll at last (so
     * the same request again answers the record kept, or says the child is not on roll there); with several, say so.
     */
    private static ProvisionId onlySchool(ChildRecord record) {
        List<ChildRecord.Placement> onRoll = record.placements().stream()
                .filter(p -> p.kind() == PlacementKind.ON_ROLL).toList();
        List<ChildRecord.Placement> open = onRoll.stream().filter(p -> p.endsOn() == null).toList();
        if (open.size() > 1) {
            throw new BadRequestException("schoolId: the child is on roll at " + open.size() + " schools: give the "
                    + "id of the one they left");
        }
        return (open.isEmpty() ? onRoll : open).stream().max(java.util.Comparator.comparing(
                        ChildRecord.Placement::startsOn)).orElseThrow(() -> new BadRequestException("schoolId: the "
                        + "child has never been on roll at a school: there is nothing to end"))
                .provisionId();
    }

    @ExceptionHandler(NotOnRollRefusedException.class)
    ProblemDetail refused(NotOnRollRefusedException e) {
        String field = switch (e.field()) {
            case CHILD -> "schoolId";
            case LAST_DAY -> "lastDay";
            case NOTE -> "note";
        };
        ProblemDetail problem = Problems.refused(field + ": " + e.getMessage());
        problem.setProperty("field", field);
        return problem;
    }

    @Operation(summary = "The authority's children not on roll at any school (left with no new school), the latest "
            + "to leave first: child, UPN, last school, last day, since when, how it was heard and by whom, and a "
            + "new school if one has been recorded since")
    @GetMapping("/authorities/{id}/not-on-roll")
    Page<NotOnRollItem> list(@Parameter(description = "The authority's id or LA number") @PathVariable String id,
                             @Parameter(description = "Page from 0 (default 0)")
                             @RequestParam(required = false) String page,
                             @Parameter(description = "Items per page, 1 to 500 (default 100)")
                             @RequestParam(required = false) String size) {
        AuthorityId authority = directory.authorityNamed(id).orElseThrow(() -> NotFoundException.authority(id)).id();
        Page<NotOnRoll> found = enrolment.notOnRollList(authority, PageRequest.parse(page, size));
        return new Page<>(found.items().stream().map(NotOnRollItem::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }
}
