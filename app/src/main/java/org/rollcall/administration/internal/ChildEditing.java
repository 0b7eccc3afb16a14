package org.rollcall.administration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.ChildAdmin;
import org.rollcall.directory.ChildAdmin.ChildDetails;
import org.rollcall.directory.ChildAdmin.ChildFields;
import org.rollcall.directory.ChildAdmin.ChildFilter;
import org.rollcall.directory.ChildAdmin.ChildLine;
import org.rollcall.directory.ChildAdmin.ContactLine;
import org.rollcall.directory.ChildAdmin.PlacementLine;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ContactId;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.UkPhoneNumber;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children screen's changes (ADR 0042), each one transaction with its audit entry (action {@code admin-child-...},
 * subject the child) holding the child's details, placements or contacts before and after.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ChildEditing {

    private final ChildAdmin children;
    private final AuditLog audit;
    private final Accounts accounts;

    ChildEditing(ChildAdmin children, AuditLog audit, Accounts accounts) {
        this.children = children;
        this.audit = audit;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<ChildLine> page(ChildFilter filter, int offset, int limit) {
        return children.search(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(ChildFilter filter) {
        return children.count(filter);
    }

    @Transactional(readOnly = true)
    public ChildDetails details(ChildId child) {
        return children.details(child).orElseThrow(() -> new IllegalArgumentException("no child with id " + child));
    }

    public ChildId create(ChildFields fields) {
        ChildId id = children.create(fields);
        record("admin-child-created", id, "none", describe(details(id).child()));
        return id;
    }

    public void update(ChildId child, ChildFields fields) {
        String before = describe(details(child).child());
        children.update(child, fields);
        String after = describe(details(child).child());
        if (!before.equals(after)) {
            record("admin-child-changed", child, before, after);
        }
    }

    public void addPlacement(ChildId child, ProvisionId provision, PlacementKind kind, LocalDate startsOn,
                             LocalDate endsOn) {
        String before = placements(child);
        children.addPlacement(child, provision, kind, startsOn, endsOn);
        record("admin-child-placement-added", child, before, placements(child));
    }

    public void endPlacement(ChildId child, UUID placement, LocalDate lastDay) {
        String before = placements(child);
        children.endPlacement(child, placement, lastDay);
        record("admin-child-placement-ended", child, before, placements(child));
    }

    public ContactId addContact(ChildId child, ContactRole role, String name, UkPhoneNumber phone, String email) {
        String before = contacts(child);
        ContactId id = children.addContact(child, role, name, phone, email);
        record("admin-child-contact-added", child, before, contacts(child));
        return id;
    }

    public void updateContact(ChildId child, ContactId contact, String name, UkPhoneNumber phone, String email) {
        String before = contacts(child);
        children.updateContact(child, contact, name, phone, email);
        record("admin-child-contact-changed", child, before, contacts(child));
    }

    public void removeContact(ChildId child, ContactId contact) {
        String before = contacts(child);
        children.removeContact(child, contact);
        record("admin-child-contact-removed", child, before, contacts(child));
    }

    private void record(String action, ChildId child, String before, String after) {
        audit.record(accounts.caller().name(), action, "child", child.toString(),
                "before: " + before + " | after: " + after);
    }

    static String describe(ChildLine c) {
        return c.firstName() + " " + c.lastName() + ", UPN " + (c.upn() == null ? "to collect" : c.upn())
                + (c.localReference() == null ? "" : ", reference " + c.localReference()) + ", born "
                + c.dateOfBirth() + ", year " + c.yearGroup() + ", " + c.cohort().label() + ", "
                + (c.inBorough() ? "in borough" : "out of borough") + ", " + c.senStatus().label();
    }

    private String placements(ChildId child) {
        List<PlacementLine> lines = details(child).placements();
        return lines.isEmpty() ? "none" : String.join("; ", lines.stream().map(p -> p.kind().label() + " at "
                + p.provisionName() + " from " + p.startsOn() + (p.endsOn() == null ? "" : " to " + p.endsOn()))
                .toList());
    }

    private String contacts(ChildId child) {
        List<ContactLine> lines = details(child).contacts().stream().filter(c -> c.provisionName() == null).toList();
        return lines.isEmpty() ? "none" : String.join("; ", lines.stream().map(c -> c.role().label() + " "
                + c.name() + (c.phone() == null ? "" : " " + c.phone()) + (c.email() == null ? "" : " " + c.email()))
                .toList());
    }
}
