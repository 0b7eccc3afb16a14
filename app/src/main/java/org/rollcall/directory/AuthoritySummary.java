package org.rollcall.directory;

public record AuthoritySummary(AuthorityId id, String name, Nation nation, String laCode, int retentionMonths) {
}
