package org.rollcall.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;

/** A school whose own call is late in the day (so the dialler leaves it alone) and a child on roll there. */
record EscalationFixtures(AuthorityId authority, ProvisionId school, ChildId child, LocalDate today) {

    static EscalationFixtures create(DirectoryAdmin directory, Clock clock, String authorityName, String laCode,
                                     String schoolPhone) {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority(authorityName, Nation.ENGLAND, laCode);
        ProvisionId school = directory.createProvision(new NewProvision(authorityName + " Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse(schoolPhone), "Mrs Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId child = directory.createChild(new NewChild(authority, null, "Robin", "Example", today.minusYears(9),
                4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(30));
        return new EscalationFixtures(authority, school, child, today);
    }

    /** The carer (a phone, or only an email when {@code phone} is null) and the social worker (email, or none). */
    EscalationFixtures withContacts(DirectoryAdmin directory, String carerPhone, String socialWorkerEmail) {
        directory.addContact(child, ContactRole.CARER, "Sam Carer", carerPhone == null ? null
                : UkPhoneNumber.parse(carerPhone), carerPhone == null ? "sam.carer@example.org" : null);
        if (socialWorkerEmail != null) {
            directory.addContact(child, ContactRole.SOCIAL_WORKER, "Alex Worker", null, socialWorkerEmail);
        }
        return this;
    }

    /** The carer (a phone, or none) and a social worker with a phone number and, when given, an email address. */
    EscalationFixtures withSocialWorkerPhone(DirectoryAdmin directory, String carerPhone, String socialWorkerPhone,
                                             String socialWorkerEmail) {
        withContacts(directory, carerPhone, null);
        directory.addContact(child, ContactRole.SOCIAL_WORKER, "Alex Worker", UkPhoneNumber.parse(socialWorkerPhone),
                socialWorkerEmail);
        return this;
    }
}
