package org.rollcall.imports.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.ImportedContact;
import org.rollcall.directory.ImportedProvision;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;
import org.rollcall.directory.WindowPart;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.TabularColumns;
import org.rollcall.imports.TabularRow;
import org.rollcall.platform.EmailAddress;

/** The provisions file: its columns, and one row read into a provision (or problems naming line and column). */
final class ProvisionFile {

    static final String KEY = "URN or reference";
    static final String NAME = "name";
    static final String TYPE = "type";
    static final String NATION = "nation";
    static final String LA = "LA number";
    static final String PHONE = "phone";
    static final String CONTACT = "contact name";
    static final String CONTACT_EMAIL = "contact email";
    static final String WINDOWS = "call windows";
    static final String FREQUENCY = "frequency";
    static final String WEEKLY_DAY = "weekly day";
    static final String WEEKLY_REASON = "weekly reason";
    static final String TEACHER = "designated teacher name";
    static final String TEACHER_PHONE = "designated teacher phone";
    static final String TEACHER_EMAIL = "designated teacher email";

    static final TabularColumns COLUMNS = TabularColumns.of(KEY, NAME, TYPE, NATION, LA, PHONE, CONTACT, WINDOWS,
            FREQUENCY).withOptional(CONTACT_EMAIL, WEEKLY_DAY, WEEKLY_REASON, TEACHER, TEACHER_PHONE, TEACHER_EMAIL);

    /** One example row for the templates, in {@link TabularColumns#all()} order. */
    static final List<String> EXAMPLE = List.of("100000", "Riverside Primary School", "Mainstream school", "England",
            "881", "01632 960123", "Sam Office", "09:30-10:00; 13:30-14:00", "Daily", "office@riverside.example.org",
            "", "", "Alex Teacher", "01632 960124", "dt@riverside.example.org");

    /** A row read: its key (a URN, a Rollcall reference, or null for a new provision without a URN). */
    record Parsed(int line, String key, ImportedProvision values) {
    }

    private ProvisionFile() {
    }

    static Parsed read(TabularRow row, Map<String, AuthoritySummary> authorities, List<FileProblem> problems) {
        int before = problems.size();
        Cells cells = new Cells(row, problems);
        String key = key(cells);
        String name = cells.required(NAME, "the provision's name");
        ProvisionType type = cells.choice(TYPE, "a provision type", ProvisionType.values(), ProvisionType::label,
                List.of("school=MAINSTREAM", "AP=ALTERNATIVE_PROVISION", "post16=POST_16"));
        Nation nation = cells.choice(NATION, "a nation", Nation.values(), Nation::label, List.of());
        AuthorityId authority = authority(cells, authorities, nation);
        UkPhoneNumber phone = cells.requiredParsed(PHONE, "the provision's phone number", UkPhoneNumber::parse);
        String contact = cells.required(CONTACT, "the contact person's name");
        EmailAddress email = cells.parsed(CONTACT_EMAIL, EmailAddress::parse);
        List<CallWindow> windows = windows(cells);
        Frequency frequency = cells.choice(FREQUENCY, "a frequency", Frequency.values(), Frequency::label, List.of());
        java.time.DayOfWeek day = cells.weekday(WEEKLY_DAY);
        String reason = cells.text(WEEKLY_REASON);
        if (frequency == Frequency.WEEKLY && day == null && cells.text(WEEKLY_DAY) == null) {
            cells.problem(WEEKLY_DAY, "a weekly provision needs the weekday to call it (Monday to Friday)");
        }
        if (frequency == Frequency.WEEKLY && reason == null) {
            cells.problem(WEEKLY_REASON, "a weekly provision needs the reason it is not called daily");
        }
        ImportedContact teacher = contact(cells, TEACHER, TEACHER_PHONE, TEACHER_EMAIL, "designated teacher");
        if (problems.size() > before) {
            return null;
        }
        try {
            return new Parsed(row.line(), key, new ImportedProvision(key != null && key.matches("[0-9]{6}")
                    ? new Urn(key) : null, name, type, nation, authority, phone, contact, email, windows, frequency,
                    day == null ? null : day.getValue(), reason, teacher));
        } catch (IllegalArgumentException e) {
            cells.problem(null, e.getMessage());
            return null;
        }
    }

    private static String key(Cells cells) {
        String key = cells.text(KEY);
        if (key == null) {
            return null;
        }
        String upper = key.toUpperCase(Locale.ROOT);
        if (upper.matches("RC[0-9]{6}") || upper.matches("[0-9]{6}")) {
            return upper;
        }
        cells.problem(KEY, "'" + key + "' is neither a URN (six digits, for example 100000) nor a Rollcall "
                + "reference (RC and six digits, for example RC000123); leave it blank for a new provision without "
                + "a URN");
        return null;
    }

    private static AuthorityId authority(Cells cells, Map<String, AuthoritySummary> authorities, Nation nation) {
        String code = cells.text(LA);
        if (code == null) {
            return null;
        }
        AuthoritySummary authority = authorities.get(code);
        if (authority == null) {
            cells.problem(LA, "no authority has LA number '" + code + "': check the number (three digits), or set "
                    + "the authority up first on the Authorities screen");
            return null;
        }
        if (nation != null && authority.nation() != nation) {
            cells.problem(LA, authority.name() + " (LA number " + code + ") is in " + authority.nation().label()
                    + ", not " + nation.label() + ": give the authority whose area the provision is in");
            return null;
        }
        return authority.id();
    }

    /** "09:30-10:00; 13:30-14:00": one window is the afternoon call; of two, the earlier is the morning call. */
    private static List<CallWindow> windows(Cells cells) {
        String text = cells.required(WINDOWS, "at least an afternoon call window");
        if (text == null) {
            return List.of();
        }
        List<LocalTime[]> times = new ArrayList<>();
        for (String part : text.split("[;,]")) {
            String[] ends = part.strip().split("\\s*[-\u2013\u2014]\\s*");
            try {
                if (ends.length != 2) {
                    throw new DateTimeParseException("", part, 0);
                }
                times.add(new LocalTime[] {LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))});
            } catch (DateTimeParseException e) {
                cells.problem(WINDOWS, "'" + part.strip() + "' is not a call window: write opening and closing "
                        + "times as 13:30-14:00, two windows separated by ';' (09:30-10:00; 13:30-14:00)");
                return List.of();
            }
        }
        if (times.size() > 2) {
            cells.problem(WINDOWS, "a provision has at most two call windows (a morning and an afternoon one), not "
                    + times.size());
            return List.of();
        }
        times.sort(java.util.Comparator.comparing(t -> t[0]));
        List<CallWindow> windows = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            WindowPart part = times.size() == 2 && i == 0 ? WindowPart.MORNING : WindowPart.AFTERNOON;
            try {
                windows.add(new CallWindow(null, times.get(i)[0], times.get(i)[1], part));
            } catch (IllegalArgumentException e) {
                cells.problem(WINDOWS, e.getMessage());
            }
        }
        return windows;
    }

    private static String pad(String time) {
        String t = time.strip().replace('.', ':');
        return t.matches("[0-9]:[0-9]{2}") ? "0" + t : t;
    }

    static ImportedContact contact(Cells cells, String nameColumn, String phoneColumn, String emailColumn,
                                   String who) {
        String name = cells.text(nameColumn);
        UkPhoneNumber phone = cells.parsed(phoneColumn, UkPhoneNumber::parse);
        EmailAddress email = cells.parsed(emailColumn, EmailAddress::parse);
        if (name == null) {
            if (cells.text(phoneColumn) != null || cells.text(emailColumn) != null) {
                cells.problem(nameColumn, "the " + who + "'s name is required with their phone or email");
            }
            return null;
        }
        if (cells.text(phoneColumn) == null && cells.text(emailColumn) == null) {
            cells.problem(phoneColumn, "the " + who + " needs a phone number, an email address or both");
            return null;
        }
        if (phone == null && email == null) {
            return null;
        }
        return new ImportedContact(name, phone, email);
    }
}
