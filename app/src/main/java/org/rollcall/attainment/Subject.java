package org.rollcall.attainment;

import org.rollcall.directory.Nation;

/** A subject or paper of an assessment, and the scale its value is checked against. */
public enum Subject {
    PHONICS_MARK(Assessment.PHONICS, "Mark out of 40", Scale.PHONICS_MARK),
    PHONICS_STANDARD(Assessment.PHONICS, "Standard met", Scale.STANDARD_MET),
    TABLES_SCORE(Assessment.TABLES, "Score out of 25", Scale.TABLES_SCORE),
    KS2_READING(Assessment.KS2, "Reading (scaled score)", Scale.SCALED_SCORE),
    KS2_MATHS(Assessment.KS2, "Maths (scaled score)", Scale.SCALED_SCORE),
    KS2_GPS(Assessment.KS2, "Grammar, punctuation and spelling (scaled score)", Scale.SCALED_SCORE),
    KS2_WRITING(Assessment.KS2, "Writing (teacher assessment)", Scale.STANDARD),
    TA_READING(Assessment.TEACHER_ASSESSMENT, "Reading", Scale.STANDARD),
    TA_WRITING(Assessment.TEACHER_ASSESSMENT, "Writing", Scale.STANDARD),
    TA_MATHS(Assessment.TEACHER_ASSESSMENT, "Maths", Scale.STANDARD),
    TA_SCIENCE(Assessment.TEACHER_ASSESSMENT, "Science", Scale.STANDARD),
    GCSE_ENGLISH_LANGUAGE(Assessment.GCSE, "English language", Scale.GCSE),
    GCSE_ENGLISH_LITERATURE(Assessment.GCSE, "English literature", Scale.GCSE),
    GCSE_MATHS(Assessment.GCSE, "Mathematics", Scale.GCSE),
    GCSE_BIOLOGY(Assessment.GCSE, "Biology", Scale.GCSE),
    GCSE_CHEMISTRY(Assessment.GCSE, "Chemistry", Scale.GCSE),
    GCSE_PHYSICS(Assessment.GCSE, "Physics", Scale.GCSE),
    GCSE_GEOGRAPHY(Assessment.GCSE, "Geography", Scale.GCSE),
    GCSE_HISTORY(Assessment.GCSE, "History", Scale.GCSE),
    GCSE_WELSH(Assessment.GCSE, "Welsh", Scale.GCSE),
    GCSE_FRENCH(Assessment.GCSE, "French", Scale.GCSE),
    GCSE_RELIGIOUS_STUDIES(Assessment.GCSE, "Religious studies", Scale.GCSE);

    private final Assessment assessment;
    private final String label;
    private final Scale scale;

    Subject(Assessment assessment, String label, Scale scale) {
        this.assessment = assessment;
        this.label = label;
        this.scale = scale;
    }

    public Assessment assessment() {
        return assessment;
    }

    /** What screens show. */
    public String label() {
        return label;
    }

    /** What the field accepts for a child of this nation, in words. */
    public String accepted(Nation nation) {
        return scale.accepted(nation);
    }

    /**
     * The value as stored ("104", "EXS", "A*", "met"), checked against this subject's scale.
     *
     * @throws IllegalArgumentException saying what was wrong and what is accepted
     */
    public String check(String typed, Nation nation) {
        return scale.check(typed, nation);
    }

    /** A stored value as screens show it ("32 out of 40", "Working at the expected standard"). */
    public String show(String stored) {
        return scale.show(stored);
    }

    /** The scales values are checked against; each check is a value object's constructor. */
    enum Scale {
        PHONICS_MARK, STANDARD_MET, TABLES_SCORE, SCALED_SCORE, STANDARD, GCSE;

        String accepted(Nation nation) {
            return switch (this) {
                case PHONICS_MARK -> PhonicsMark.ACCEPTED;
                case STANDARD_MET -> StandardMet.ACCEPTED;
                case TABLES_SCORE -> TablesCheckScore.ACCEPTED;
                case SCALED_SCORE -> ScaledScore.ACCEPTED;
                case STANDARD -> Standard.ACCEPTED;
                case GCSE -> GcseGrade.accepted(nation);
            };
        }

        String check(String typed, Nation nation) {
            return switch (this) {
                case PHONICS_MARK -> String.valueOf(PhonicsMark.parse(typed).value());
                case STANDARD_MET -> StandardMet.parse(typed).label();
                case TABLES_SCORE -> String.valueOf(TablesCheckScore.parse(typed).value());
                case SCALED_SCORE -> String.valueOf(ScaledScore.parse(typed).value());
                case STANDARD -> Standard.parse(typed).code();
                case GCSE -> new GcseGrade(nation, typed).grade();
            };
        }

        String show(String stored) {
            return switch (this) {
                case PHONICS_MARK -> stored + " out of 40";
                case TABLES_SCORE -> stored + " out of 25";
                case STANDARD -> Standard.ofCode(stored).label() + " (" + stored + ")";
                default -> stored;
            };
        }
    }
}
