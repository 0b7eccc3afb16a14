package org.rollcall.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Bad directory input is refused with a message that says what to do, and nothing is half-saved. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class DirectoryIntegrationTests {

    @Autowired DirectoryAdmin admin;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void aProvisionIsSavedWithAllItsWindowsOrNotAtAll() {
        long before = count("provision");
        var windows = List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30), WindowPart.MORNING),
                new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 0)));
        ProvisionId id = admin.createProvision(provision("Twice Daily School", new Urn("700001"), windows));
        assertThat(directory.provisionCard(id).windows()).extracting(CallWindow::part)
                .containsExactly(WindowPart.MORNING, WindowPart.AFTERNOON);
        assertThat(directory.provisionCard(id).password()).isEqualTo("wren");
        assertThat(jdbc.sql("SELECT password_encrypted FROM provision WHERE id = ?").param(id.value())
                .query(String.class).single()).as("stored encrypted").doesNotContain("wren");

        assertThatIllegalArgumentException().isThrownBy(() -> admin.createProvision(
                        provision("Copycat School", new Urn("700001"), windows)))
                .withMessageContaining("URN 700001 is already used (by Twice Daily School)");
        assertThat(count("provision")).isEqualTo(before + 1);
    }

    @Test
    void badValuesAreRefusedBeforeAnythingIsWritten() {
        assertThatIllegalArgumentException().isThrownBy(() -> UkPhoneNumber.parse("+33 1 23 45 67 89"))
                .withMessageContaining("not a valid UK telephone number");
        assertThatIllegalArgumentException().isThrownBy(() -> new CallWindow(null, LocalTime.of(14, 0),
                LocalTime.of(13, 0))).withMessageContaining("closes before it opens");
        assertThatIllegalArgumentException().isThrownBy(() -> provision("Two Afternoons", null, List.of(
                new CallWindow(null, LocalTime.of(13, 0), LocalTime.of(13, 30)),
                new CallWindow(null, LocalTime.of(14, 0), LocalTime.of(14, 30)))))
                .withMessageContaining("one afternoon call window at most");
        assertThatIllegalArgumentException().isThrownBy(() -> provision("Mornings Only", null, List.of(
                new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30), WindowPart.MORNING))))
                .withMessageContaining("needs an afternoon call window");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.createAuthority("No Number", Nation.ENGLAND,
                "12")).withMessageContaining("LA number '12' is not valid");
        assertThatIllegalArgumentException().isThrownBy(() -> Upn.parse("A801200001001"))
                .withMessageContaining("wrong check letter");
    }

    @Test
    void aUpnBelongsToOneChild() {
        AuthorityId authority = admin.createAuthority("Unique Borough", Nation.ENGLAND, "833");
        Upn upn = new Upn(Upn.withCheckLetter("833202600001"));
        admin.createChild(child(authority, upn, "First"));
        long before = count("child");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.createChild(child(authority, upn, "Second")))
                .withMessageContaining("already belongs to a child (by First Child)");
        assertThat(count("child")).isEqualTo(before);
    }

    @Test
    void contactsAreReachableAndPlacementsEnd() {
        AuthorityId authority = admin.createAuthority("Contact Borough", Nation.ENGLAND, "834");
        ProvisionId school = admin.createProvision(provision("Contact Primary", null,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30)))));
        ChildId child = admin.createChild(child(authority, null, "Placed"));
        LocalDate today = LocalDate.now(clock);
        admin.place(child, school, PlacementKind.ON_ROLL, today.minusDays(30));
        admin.addDesignatedTeacher(school, "Ms Designated", UkPhoneNumber.parse("01632 960701"), null);
        admin.addContact(child, ContactRole.CARER, "Foster Carer", UkPhoneNumber.parse("07700 900123"), null);
        admin.addContact(child, ContactRole.SOCIAL_WORKER, "Sam Worker", null, "sam.worker@council.example");

        long contacts = count("contact");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.addContact(child, ContactRole.CARER,
                "Unreachable", null, " ")).withMessageContaining("needs a phone number or an email address");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.addContact(child, ContactRole.SOCIAL_WORKER,
                "Typo", null, "sam.worker.council.example")).withMessageContaining("is not an email address");
        // The outbox's rule on entry: an address the relay would refuse is refused here, not found later.
        assertThatIllegalArgumentException().isThrownBy(() -> admin.addContact(child, ContactRole.SOCIAL_WORKER,
                "Double Dot", null, "sam.worker@council..example")).withMessage("'sam.worker@council..example' is "
                + "not an email address: use one address such as name@example.org (no name, spaces or list)");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.addContact(child,
                ContactRole.DESIGNATED_TEACHER, "Wrong Place", null, "t@school.example"))
                .withMessageContaining("belongs to the provision");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.addContact(child, ContactRole.CARER, " ",
                UkPhoneNumber.parse("07700 900124"), null)).withMessageContaining("needs a name");
        assertThat(count("contact")).isEqualTo(contacts);

        assertThat(directory.childRecord(child).orElseThrow().contacts())
                .extracting(ChildRecord.Contact::role, ChildRecord.Contact::name, ChildRecord.Contact::phone)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ContactRole.CARER, "Foster Carer", "+447700900123"),
                        org.assertj.core.groups.Tuple.tuple(ContactRole.SOCIAL_WORKER, "Sam Worker", null),
                        org.assertj.core.groups.Tuple.tuple(ContactRole.DESIGNATED_TEACHER, "Ms Designated",
                                "+441632960701"));

        assertThat(directory.childrenExpected(school, today)).extracting(ExpectedChild::id).contains(child);
        assertThatIllegalArgumentException().isThrownBy(() -> admin.endPlacement(child, school,
                today.minusDays(31))).withMessageContaining("give a last day on or after");
        admin.endPlacement(child, school, today.minusDays(1));
        assertThat(directory.childrenExpected(school, today)).extracting(ExpectedChild::id).doesNotContain(child);
        assertThat(directory.childrenExpected(school, today.minusDays(1))).extracting(ExpectedChild::id)
                .contains(child);
        assertThatIllegalArgumentException().isThrownBy(() -> admin.endPlacement(child, school, today))
                .withMessageContaining("no open placement");
    }

    @Test
    void anAlternativePlacementKeepsItsTimetableAndAnEmptyOneIsNotKnown() {
        AuthorityId authority = admin.createAuthority("Timetable Borough", Nation.ENGLAND, "836");
        ProvisionId ap = admin.createProvision(provision("Timetable Skills Centre", null,
                List.of(new CallWindow(null, LocalTime.of(10, 0), LocalTime.of(10, 30)))));
        ChildId child = admin.createChild(child(authority, null, "Offsite"));
        LocalDate today = LocalDate.now(clock);
        assertThatIllegalArgumentException().isThrownBy(() -> admin.setTimetable(child, ap, java.util.Set.of()))
                .withMessageContaining("no open alternative-provision placement");
        admin.place(child, ap, PlacementKind.ALTERNATIVE, today.minusDays(7));
        var tuesdayPm = new TimetabledSession(java.time.DayOfWeek.TUESDAY, HalfDay.PM);
        var mondayAm = new TimetabledSession(java.time.DayOfWeek.MONDAY, HalfDay.AM);
        admin.setTimetable(child, ap, java.util.Set.of(tuesdayPm, mondayAm));
        assertThat(directory.timetable(child, ap, today)).containsExactly(mondayAm, tuesdayPm);
        assertThat(mondayAm.label()).isEqualTo("Monday morning");
        assertThat(directory.timetable(child, ap, today.minusDays(8))).as("before the placement").isEmpty();

        admin.setTimetable(child, ap, java.util.Set.of());
        assertThat(directory.timetable(child, ap, today)).as("not known").isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new TimetabledSession(java.time.DayOfWeek.SATURDAY,
                HalfDay.AM)).withMessageContaining("Monday to Friday, not Saturday");
    }

    @Test
    void alternativePlacementsHaveEndDatesAndProvisionsAreFoundByNameTownOrUrn() {
        AuthorityId authority = admin.createAuthority("Search Borough", Nation.ENGLAND, "837");
        var windows = List.of(new CallWindow(null, LocalTime.of(10, 0), LocalTime.of(10, 30)));
        ProvisionId ap = admin.createProvision(new NewProvision("Quarry Skills Centre", new Urn("812345"),
                ProvisionType.ALTERNATIVE_PROVISION, Nation.ENGLAND, UkPhoneNumber.parse("01632 960812"), "Ms Q",
                null, Frequency.DAILY, null, windows));
        ProvisionId school = admin.createProvision(provision("Quarry Primary", null, windows));
        var monToWed = java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY);
        admin.setTownAndOpenDays(ap, " Quarrytown ", monToWed);
        var offSite = java.util.Set.of(ProvisionType.ALTERNATIVE_PROVISION, ProvisionType.PRU);
        assertThat(directory.searchProvisions("quarry", offSite, 10)).singleElement().satisfies(m -> {
            assertThat(m.label()).isEqualTo("Quarry Skills Centre \u00b7 Quarrytown \u00b7 URN 812345");
            assertThat(m.openDays()).isEqualTo(monToWed);
        });
        assertThat(directory.searchProvisions("QUARRYTOWN skills", offSite, 10)).hasSize(1);
        assertThat(directory.searchProvisions("8123", offSite, 10)).hasSize(1);
        assertThat(directory.searchProvisions("quarry", java.util.Set.of(), 10)).hasSize(2);
        assertThat(directory.searchProvisions("quarry%", offSite, 10)).as("% is a character, not a wildcard")
                .isEmpty();
        assertThat(directory.provisionWithUrn(new Urn("812345")).orElseThrow().id()).isEqualTo(ap);
        assertThatIllegalArgumentException().isThrownBy(() -> directory.searchProvisions("q", offSite, 51));
        assertThatIllegalArgumentException().isThrownBy(() -> admin.setTownAndOpenDays(ap, null, java.util.Set.of(
                java.time.DayOfWeek.SATURDAY))).withMessageContaining("Monday to Friday");

        ChildId child = admin.createChild(child(authority, null, "Quarry"));
        LocalDate today = LocalDate.now(clock);
        assertThatIllegalArgumentException().isThrownBy(() -> admin.placeAlternative(child, school, today, null))
                .withMessageContaining("not a mainstream school");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.placeAlternative(child, ap, today,
                today.minusDays(1))).withMessageContaining("give an end on or after the start");
        admin.placeAlternative(child, ap, today, today.plusWeeks(6));
        var mondayAm = new TimetabledSession(java.time.DayOfWeek.MONDAY, HalfDay.AM);
        admin.setTimetable(child, ap, today.plusDays(3), java.util.Set.of(mondayAm));
        assertThat(directory.timetable(child, ap, today)).containsExactly(mondayAm);
        assertThat(directory.timetable(child, ap, today.plusWeeks(7))).as("after it ends").isEmpty();
        assertThat(directory.alternativePlacements(child, today)).singleElement().satisfies(p -> {
            assertThat(p.endsOn()).isEqualTo(today.plusWeeks(6));
            assertThat(p.sessions()).containsExactly(mondayAm);
        });
        admin.reviseAlternative(child, ap, today, today.plusDays(1), null);
        assertThat(directory.alternativePlacements(child, today.plusWeeks(10))).singleElement()
                .satisfies(p -> assertThat(p.startsOn()).isEqualTo(today.plusDays(1)));
        assertThat(directory.attendsAlternativeProvision(child, today)).isFalse();
    }

    @Test
    void aProvisionIsInTheAreaOfAnAuthorityOfItsOwnNation() {
        AuthorityId english = admin.createAuthority("Area Borough", Nation.ENGLAND, "835");
        AuthorityId welsh = admin.createAuthority("Cyngor Ardal", Nation.WALES, "683");
        var windows = List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30)));
        ProvisionId school = admin.createProvision(new NewProvision("Area Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960702"), "Ms Area", null, Frequency.DAILY, null, windows,
                english));
        assertThat(directory.provisionPlace(school)).contains(new ProvisionPlace(school, Nation.ENGLAND, english));
        assertThat(directory.provisionPlaces()).contains(new ProvisionPlace(school, Nation.ENGLAND, english));

        long before = count("provision");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.createProvision(new NewProvision("Border School",
                        null, ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960703"), "Mr B",
                        null, Frequency.DAILY, null, windows, welsh)))
                .withMessage("Border School is in England but Cyngor Ardal is an authority in Wales: give the "
                        + "authority whose area the provision is in");
        assertThat(count("provision")).isEqualTo(before);
        assertThatIllegalArgumentException().isThrownBy(() -> admin.setLocalAuthority(school, welsh))
                .withMessageStartingWith("Area Primary is in England but Cyngor Ardal is an authority in Wales");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.setLocalAuthority(ProvisionId.random(), english))
                .withMessageStartingWith("no provision with id");
        assertThatIllegalArgumentException().isThrownBy(() -> admin.setLocalAuthority(school, AuthorityId.random()))
                .withMessageStartingWith("no authority with id");
        assertThat(directory.provisionPlace(school).orElseThrow().localAuthority()).isEqualTo(english);

        admin.setLocalAuthority(school, null);
        assertThat(directory.provisionPlace(school).orElseThrow().localAuthority()).isNull();
        assertThat(directory.provisionPlace(ProvisionId.random())).isEmpty();
    }

    private static NewProvision provision(String name, Urn urn, List<CallWindow> windows) {
        return new NewProvision(name, urn, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse("01632 960700"), "Mr Windows", "wren", Frequency.WEEKLY, 5, windows, null,
                "the head asked for one call a week");
    }

    private static NewChild child(AuthorityId authority, Upn upn, String name) {
        return new NewChild(authority, upn, name, "Child", LocalDate.of(2016, 5, 1), 4, Cohort.LAC, true,
                SenStatus.NONE);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
