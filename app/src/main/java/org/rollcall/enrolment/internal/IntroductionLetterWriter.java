package org.rollcall.enrolment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.directory.ChildJoined;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.Directory;
import org.rollcall.directory.Monitoring;
import org.rollcall.enrolment.EnrolmentProperties;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.PrintedLetter;
import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.ui.HumanDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A child joined the service: an introduction letter to each carer on record and, at 16 or over, to the young
 * person, from the authority's templates. Emailed with the PDF where the carer has an address; otherwise the PDF is
 * kept for an admin to print and post. Runs after the placement commits and survives a crash (event publication
 * registry); a replayed event writes no second letter (one per child and recipient, and the outbox's key).
 */
@Component
class IntroductionLetterWriter {

    private static final Logger log = LoggerFactory.getLogger(IntroductionLetterWriter.class);

    private final Directory directory;
    private final Monitoring monitoring;
    private final Notifications notifications;
    private final JdbcIntroductionLetters letters;
    private final EnrolmentProperties properties;
    private final Clock clock;

    IntroductionLetterWriter(Directory directory, Monitoring monitoring, Notifications notifications,
                             JdbcIntroductionLetters letters, EnrolmentProperties properties, Clock clock) {
        this.directory = directory;
        this.monitoring = monitoring;
        this.notifications = notifications;
        this.letters = letters;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ChildJoined joined) {
        LocalDate today = LocalDate.now(clock);
        if (!IntroductionRules.joiningNow(joined.startsOn(), today, properties.introductionLookBack())) {
            return;
        }
        // Only a child the authority has Rollcall monitor (its cohorts, in or out of borough, its pilot).
        LocalDate day = joined.startsOn().isAfter(today) ? joined.startsOn() : today;
        boolean inScope = monitoring.monitoredChildren(joined.provision(), day).stream()
                .anyMatch(m -> m.child().id().equals(joined.child()));
        ChildRecord child = directory.childRecord(joined.child()).orElse(null);
        if (!inScope || child == null) {
            return;
        }
        String school = directory.provisionNames(List.of(joined.provision())).getOrDefault(joined.provision(),
                "the school");
        String startsOn = HumanDates.date(day);
        for (ChildRecord.Contact carer : child.contacts()) {
            if (carer.role() == ContactRole.CARER) {
                write(child, "carer:" + carer.id(), carer.name() + " (carer)", EnrolmentKinds.CARER_INTRODUCTION,
                        Map.of("recipient", carer.name(), "child", child.firstName() + " " + child.lastName(),
                                "school", school, "startsOn", startsOn), carer.email());
            }
        }
        if (IntroductionRules.youngPersonLetter(child.dateOfBirth(), today)) {
            // The directory keeps no address of the young person's own: their letter is printed and posted.
            write(child, "young-person", child.firstName() + " " + child.lastName() + " (young person)",
                    EnrolmentKinds.YOUNG_PERSON_INTRODUCTION, Map.of("recipient", child.firstName(), "school",
                            school, "startsOn", startsOn), null);
        }
    }

    private void write(ChildRecord child, String key, String recipient, MessageKind kind, Map<String, String> values,
                       String email) {
        if (letters.exists(child.id(), key)) {
            return;
        }
        UUID id = UUID.randomUUID();
        String address = sendable(email);
        if (address != null) {
            var message = notifications.queue(new NewMessage(kind, child.authorityId(), address, values,
                    "introduction:" + child.id() + ":" + key));
            letters.emailed(id, child, key, recipient, kind, address, message);
        } else {
            PrintedLetter letter = notifications.letter(new NewMessage(kind, child.authorityId(), null, values, null));
            letters.toPrint(id, child, key, recipient, kind, letter);
        }
        log.info("Introduction letter {} for child {}: {}", kind.code(), child.id(), address != null ? "emailed"
                : "to print");
    }

    /** An address on record the outbox can send to; one it cannot (an old, unchecked entry) means a printed letter. */
    private static String sendable(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            return EmailAddress.parse(email).value();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
