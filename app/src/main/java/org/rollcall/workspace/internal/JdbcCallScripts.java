package org.rollcall.workspace.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.workspace.CallScript;
import org.rollcall.workspace.CallScripts;
import org.rollcall.workspace.SaidScript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCallScripts implements CallScripts {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Clock clock;

    JdbcCallScripts(JdbcClient jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AuthorityScript get(AuthorityId authority) {
        return jdbc.sql("SELECT * FROM call_script WHERE authority_id = ?").param(authority.value())
                .query((rs, n) -> new AuthorityScript(new CallScript(rs.getString("greeting"),
                        rs.getString("calling_for"), rs.getString("recording_notice"), rs.getString("questions")),
                        true, rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .optional().orElse(new AuthorityScript(CallScript.DEFAULT, false, null, null));
    }

    @Override
    @Transactional
    public AuthorityScript set(AuthorityId authority, CallScript script, String by) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO call_script (authority_id, greeting, calling_for, recording_notice, questions,
                                                 updated_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (authority_id) DO UPDATE SET greeting = excluded.greeting,
                            calling_for = excluded.calling_for, recording_notice = excluded.recording_notice,
                            questions = excluded.questions, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .params(authority.value(), script.greeting(), script.callingFor(), script.recordingNotice(),
                        script.questions(), by, Timestamp.from(now))
                .update();
        return new AuthorityScript(script, true, by, now);
    }

    @Override
    @Transactional(readOnly = true)
    public SaidScript forSchoolCall(String school, String contact, List<ExpectedChild> children, String operator) {
        // Most children first; a tie goes to the authority named first, so the choice does not flicker.
        Map<AuthorityId, Long> counts = children.stream()
                .collect(Collectors.groupingBy(ExpectedChild::authorityId, LinkedHashMap::new, Collectors.counting()));
        List<AuthoritySummary> ranked = directory.authorities(counts.keySet()).stream()
                .sorted(Comparator.comparing((AuthoritySummary a) -> -counts.get(a.id()))
                        .thenComparing(AuthoritySummary::name)).toList();
        CallScript script = ranked.isEmpty() ? CallScript.DEFAULT : get(ranked.getFirst().id()).script();
        return script.fill(Map.of(
                "school", school,
                "contact", contact == null ? "the person who keeps the register" : contact,
                "children", and(children.stream().map(ExpectedChild::fullName).toList()),
                "operator", operator,
                "authority", ranked.isEmpty() ? "the local authority" : and(ranked.stream()
                        .map(AuthoritySummary::name).toList())));
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
