package org.rollcall.oversight;

import java.util.List;
import java.util.Map;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;

/** The admins' answer to "who looked at this child's record" (ADR 0033). Admins only. */
public interface WhoSaw {

    /** Children whose name contains the text or whose UPN it is, for choosing one; at most 20. */
    Map<ChildId, ChildLabel> children(String text);

    /**
     * One page of matching entries, newest first, paged in SQL.
     *
     * @throws AuditRefusedException for a period that ends before it starts
     */
    List<AuditLine> lines(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);

    /**
     * The matching entries as CSV (UTF-8, a header row), audited as an export.
     *
     * @throws AuditRefusedException for a period not given, ending before it starts, or longer than the audit
     *     retention ({@code rollcall.oversight.audit-retention-months})
     */
    byte[] exportCsv(AuditFilter filter);
}
