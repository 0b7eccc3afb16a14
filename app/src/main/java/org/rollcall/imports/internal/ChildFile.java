package org.rollcall.imports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ImportedContact;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.Upn;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.TabularColumns;
import org.rollcall.imports.TabularRow;

/**
 * The children file: its columns, and one row read into its parts. The school is kept as its key (URN or Rollcall
 * reference) here; it is looked up for all rows at once.
 */
final class ChildFile {

    static final String LA = "LA number";
    static final String REFERENCE = "local reference";
    static final String UPN = "UPN";
    static final String FIRST = "first name";
    static final String LAST = "last name";
    static final String BIRTH = "date of birth";
    static final String YEAR = "year group";
    static final String COHORT = "cohort";
    static final String BOROUGH = "in or out of borough";
    static final String SEN = "SEN";
    static final String SCHOOL = "school";
    static final String START = "placement start";
    static final String CARER = "carer name";
    static final String CARER_PHONE = "carer phone";
    static final String CARER_EMAIL = "carer email";
    static final String WORKER = "social worker name";
    static final String WORKER_PHONE = "social worker phone";
    static final String WORKER_EMAIL = "social worker email";

    static final TabularColumns COLUMNS = TabularColumns.of(LA, REFERENCE, UPN, FIRST, LAST, BIRTH, YEAR, COHORT,
            BOROUGH, SEN, SCHOOL, START).withOptional(CARER, CARER_PHONE, CARER_EMAIL, WORKER, WORKER_PHONE,
            WORKER_EMAIL);

    static final List<String> EXAMPLE = List.of("881", "LAC-0001", Upn.withCheckLetter("881200001001"), "Ann",
            "Example", "31/01/2015", "5", "Looked-after child", "in", "No SEN", "100000", "02/09/2025", "Chris Carer",
            "07700 900123", "", "Sam Social Worker", "01632 960125", "sam.sw@authority.example.org");

    /** A row read, the school still as its key (null: no school yet). */
    record Parsed(int line, AuthoritySummary authority, String localReference, Upn upn, String firstName,
                  String lastName, LocalDate dateOfBirth, int yearGroup, Cohort cohort, boolean inBorough,
                  SenStatus sen, String school, LocalDate placementStart, ImportedContact carer,
                  ImportedContact socialWorker) {
    }

    private ChildFile() {
    }

    static Parsed read(TabularRow row, Map<String, AuthoritySummary> authorities, List<FileProblem> problems) {
        int before = problems.size();
        Cells cells = new Cells(row, problems);
        AuthoritySummary authority = null;
        String code = cells.required(LA, "the authority's LA number");
        if (code != null) {
            authority = authorities.get(code);
            if (authority == null) {
                cells.problem(LA, "no authority has LA number '" + code + "': check the number (three digits), or "
                        + "set the authority up first on the Authorities screen");
            }
        }
        String reference = cells.text(REFERENCE);
        if (reference != null && !reference.matches("[A-Za-z0-9/_.-]{1,40}")) {
            cells.problem(REFERENCE, "'" + reference + "' is not a reference Rollcall keeps: use 1 to 40 letters, "
                    + "digits and / _ . -");
        }
        Upn upn = cells.parsed(UPN, Upn::parse);
        if (reference == null && cells.text(UPN) == null) {
            cells.problem(UPN, "give the authority's own reference or the UPN (or both), so that a later import "
                    + "finds the child again; a UPN may be left blank (to collect) when the reference is given");
        }
        String first = cells.required(FIRST, "the child's first name");
        String last = cells.required(LAST, "the child's last name");
        LocalDate born = cells.date(BIRTH, "the date of birth");
        Integer year = cells.parsed(YEAR, ChildFile::yearGroup);
        if (cells.text(YEAR) == null) {
            cells.problem(YEAR, "the year group is required: R for Reception, 1 to 14 otherwise");
        }
        Cohort cohort = cells.choice(COHORT, "a cohort", Cohort.values(), Cohort::label,
                List.of("looked after=LAC", "looked-after=LAC", "post16=POST_16", "youth offending=YOT",
                        "missing education=CME"));
        Boolean inBorough = cells.yesNo(BOROUGH, "in or out of borough", "in", "out");
        SenStatus sen = cells.choice(SEN, "an SEN status", SenStatus.values(), SenStatus::label,
                List.of("none=NONE", "SEN support=SEN_SUPPORT", "K=SEN_SUPPORT", "EHC=EHCP", "E=EHCP",
                        "N=NONE"));
        String school = cells.text(SCHOOL);
        if (school != null) {
            school = school.toUpperCase(Locale.ROOT);
            if (!school.matches("[0-9]{6}|RC[0-9]{6}")) {
                cells.problem(SCHOOL, "'" + cells.text(SCHOOL) + "' is neither a URN (six digits) nor a Rollcall "
                        + "reference (RC and six digits): give the school's");
            }
        }
        LocalDate start = null;
        if (school != null) {
            start = cells.date(START, "the date the placement at the school starts");
        } else if (cells.text(START) != null) {
            cells.problem(SCHOOL, "a placement start needs the school (its URN or Rollcall reference)");
        }
        ImportedContact carer = ProvisionFile.contact(cells, CARER, CARER_PHONE, CARER_EMAIL, "carer");
        ImportedContact worker = ProvisionFile.contact(cells, WORKER, WORKER_PHONE, WORKER_EMAIL, "social worker");
        if (problems.size() > before) {
            return null;
        }
        return new Parsed(row.line(), authority, reference, upn, first, last, born, year, cohort, inBorough, sen,
                school, start, carer, worker);
    }

    private static Integer yearGroup(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replaceFirst("^(YEAR|Y)\\s*", "");
        if (t.equals("R") || t.equals("RECEPTION")) {
            return 0;
        }
        if (t.matches("[0-9]{1,2}") && Integer.parseInt(t) >= 0 && Integer.parseInt(t) <= 14) {
            return Integer.parseInt(t);
        }
        throw new IllegalArgumentException("'" + text + "' is not a year group: write R for Reception, 1 to 14 "
                + "otherwise");
    }
}
