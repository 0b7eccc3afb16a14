package org.rollcall.challenges.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rollcall.challenges.ChallengeRule;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.challenges.RuleKind;
import org.rollcall.directory.AuthorityId;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcChallengeRules implements ChallengeRules {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcChallengeRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChallengeRule> rules(AuthorityId authority) {
        Map<RuleKind, ChallengeRule> set = jdbc.sql("SELECT kind, enabled, parameter, question FROM challenge_rule "
                        + "WHERE authority_id = ?")
                .param(authority.value())
                .query((rs, n) -> new ChallengeRule(RuleKind.valueOf(rs.getString(1)), rs.getBoolean(2),
                        rs.getObject(3, Integer.class), rs.getString(4), false))
                .list().stream().collect(Collectors.toMap(ChallengeRule::kind, r -> r));
        return Arrays.stream(RuleKind.values()).map(k -> set.getOrDefault(k, ChallengeRule.shipped(k))).toList();
    }

    @Override
    @Transactional
    public ChallengeRule set(AuthorityId authority, RuleKind kind, boolean enabled, Integer parameter,
                             String question, String by) {
        Integer value = parameter(kind, parameter);
        String words = question == null || question.isBlank() ? kind.defaultQuestion() : question.strip();
        FreeText.problem(words, "the question", ChallengeRule.MAX_QUESTION, false).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        jdbc.sql("""
                        INSERT INTO challenge_rule (authority_id, kind, enabled, parameter, question, updated_by,
                                                    updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (authority_id, kind) DO UPDATE SET enabled = EXCLUDED.enabled,
                          parameter = EXCLUDED.parameter, question = EXCLUDED.question,
                          updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                .params(authority.value(), kind.name(), enabled, value, words, by, Timestamp.from(clock.instant()))
                .update();
        return new ChallengeRule(kind, enabled, value, words, false);
    }

    /** The shipped value when none is given; refused outside the kind's range, or for a kind that takes none. */
    static Integer parameter(RuleKind kind, Integer given) {
        if (kind.parameter().isEmpty()) {
            if (given != null) {
                throw new IllegalArgumentException("the rule " + kind.slug() + " takes no parameter: leave "
                        + "parameter out");
            }
            return null;
        }
        if (given == null) {
            return kind.defaultParameter();
        }
        if (given < kind.min() || given > kind.max()) {
            throw new IllegalArgumentException("parameter " + given + " is out of range for " + kind.slug() + " ("
                    + kind.parameter().orElseThrow() + "): use a whole number from " + kind.min() + " to "
                    + kind.max());
        }
        return given;
    }
}
