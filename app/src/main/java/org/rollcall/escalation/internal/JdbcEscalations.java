package org.rollcall.escalation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.TimelineEntry;
import org.rollcall.escalation.Trigger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcEscalations implements Escalations {

    private final EscalationRows rows;
    private final OverdueLetters letters;

    JdbcEscalations(EscalationRows rows, OverdueLetters letters) {
        this.rows = rows;
        this.letters = letters;
    }

    @Override
    public boolean letterOverdue(Escalation escalation) {
        return letters.overdue(escalation);
    }

    @Override
    public Optional<Escalation> find(EscalationId id) {
        return rows.find(id);
    }

    @Override
    public Optional<Escalation> find(ChildId child, LocalDate date, Trigger trigger) {
        return rows.find(child, date, trigger);
    }

    @Override
    public List<Escalation> forAuthority(AuthorityId authority, LocalDate from, LocalDate to) {
        return rows.forAuthority(authority, from, to);
    }

    @Override
    public List<Escalation> open() {
        return rows.open();
    }

    @Override
    public List<Escalation> lettersOutstanding(ProvisionId school) {
        return rows.lettersOutstanding(school);
    }

    @Override
    public List<TimelineEntry> timeline(EscalationId id) {
        return rows.timeline(id);
    }
}
