package org.rollcall.directory;

import java.util.List;

/**
 * The administrators' list and edit of authorities (issue 14): paged in SQL, searched by name or LA number. Every
 * refusal is an {@link IllegalArgumentException} naming the field, what was wrong and what is accepted; callers
 * audit (the directory does not know the audit log).
 */
public interface AuthorityAdmin {

    /** One page, by name; {@code search} (blank: all) matches part of the name or the LA number, any case. */
    List<AuthorityDetails> authorities(String search, int offset, int limit);

    long countAuthorities(String search);

    /** @throws IllegalArgumentException for an unknown authority */
    AuthorityDetails details(AuthorityId authority);

    /**
     * Name, nation and LA number (three digits, unique, as are names).
     *
     * @throws IllegalArgumentException for a blank name, an LA number that is not three digits or is taken, or a
     *     nation change while provisions of the other nation name the authority as theirs
     */
    void setIdentity(AuthorityId authority, String name, Nation nation, String laCode);

    /** The Virtual School's contact; {@code null} clears it. */
    void setVirtualSchoolContact(AuthorityId authority, VirtualSchoolContact contact);

    /** What the admin screen shows and edits of an authority. */
    record AuthorityDetails(AuthorityId id, String name, Nation nation, String laCode, int retentionMonths,
                            VirtualSchoolContact virtualSchool) {

        /** For the audit log's before and after: every field, labels not enum names. */
        public String describe() {
            return "name=" + name + "; nation=" + nation.label() + "; LA number=" + laCode + "; retention="
                    + retentionMonths + " months; Virtual School=" + (virtualSchool == null ? "none"
                    : virtualSchool.describe());
        }
    }
}
