package org.rollcall.administration.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.rollcall.accounts.ApiTokenAdmin;
import org.rollcall.accounts.ApiTokenAdmin.TokenLine;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Authorities' API tokens (ADR 0042): issue one for one authority (the token is shown once, with a copy button),
 * see when each was created and last used, revoke. Audited by accounts.
 */
@Route("admin/api-tokens")
@PageTitle(ApiTokensView.TITLE)
@Menu(title = ApiTokensView.TITLE, order = 54, icon = "vaadin:key")
@RolesAllowed("ADMIN")
public class ApiTokensView extends VerticalLayout {

    static final String TITLE = "API tokens";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    final TextField name = new TextField("Name");
    final ComboBox<AuthoritySummary> authority = new ComboBox<>("Authority");
    final Button issue = new Button("Issue token");
    final Paragraph problem = new Paragraph();
    final TextField issued = new TextField("New token (shown once)");
    final Button copy = new Button("Copy");
    final HorizontalLayout issuedRow = new HorizontalLayout(issued, copy);
    final Grid<TokenLine> grid = new Grid<>();
    /** The last token issued on this screen, for tests (it is never kept anywhere else). */
    String lastIssued;

    private final ApiTokenAdmin tokens;
    private final ZoneId zone;
    private final Map<AuthorityId, String> authorityNames;

    public ApiTokensView(ApiTokenAdmin tokens, Directory directory, Clock clock) {
        this.tokens = tokens;
        this.zone = clock.getZone();
        var authorities = directory.authorities();
        this.authorityNames = authorities.stream().collect(Collectors.toMap(AuthoritySummary::id,
                AuthoritySummary::name));
        name.setHelperText("Which system uses it, such as \"Case management feed\"");
        name.setWidth("20rem");
        authority.setItems(authorities);
        authority.setItemLabelGenerator(a -> a.name() + " (" + a.laCode() + ")");
        authority.setHelperText("The token reaches this authority's data only");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issue());
        HorizontalLayout form = new HorizontalLayout(name, authority, issue);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        problem.setId("api-tokens-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        issued.setId("api-tokens-issued");
        issued.setReadOnly(true);
        issued.setWidth("32rem");
        issued.setHelperText("Copy it into the authority's system now: Rollcall keeps only a hash and cannot show it "
                + "again");
        copy.addClickListener(e -> copy.getElement().executeJs("navigator.clipboard.writeText($0)",
                issued.getValue()));
        issuedRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        issuedRow.setVisible(false);

        grid.setId("api-tokens-grid");
        grid.addColumn(TokenLine::name).setHeader("Name");
        grid.addColumn(t -> authorityNames.getOrDefault(t.authority(), "")).setHeader("Authority");
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : when(t.lastUsedAt())).setHeader("Last used");
        grid.addColumn(t -> t.revoked() ? "Revoked " + when(t.revokedAt()) : "In use").setHeader("Status");
        grid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> revoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setAriaLabel("Revoke " + t.name());
            revoke.setVisible(!t.revoked());
            return revoke;
        }).setHeader("").setWidth("8rem").setFlexGrow(0);
        grid.setPageSize(50);
        add(form, problem, issuedRow, grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        grid.setItems(q -> tokens.list(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, tokens.count()));
    }

    void issue() {
        problem.setText("");
        try {
            lastIssued = tokens.issue(authority.getValue() == null ? null : authority.getValue().id(),
                    name.getValue());
            issued.setValue(lastIssued);
            issuedRow.setVisible(true);
            name.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            problem.setText("Not issued: " + e.getMessage());
            issuedRow.setVisible(false);
        }
    }

    void revoke(TokenLine token) {
        tokens.revoke(token.id());
        issuedRow.setVisible(false);
        issued.clear();
        refresh();
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }
}
