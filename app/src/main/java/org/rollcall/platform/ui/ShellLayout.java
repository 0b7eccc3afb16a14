package org.rollcall.platform.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rollcall.platform.ClockMode;
import org.rollcall.platform.SignedInUser;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The frame around every screen but the login page: the screen's title, today on Rollcall's clock (and a badge when
 * that clock is not the wall clock), who is signed in, and a menu of the screens this user may open. Views join the
 * menu with {@code @Menu}; Vaadin lists only those the user's role passes, so a module adds a screen without
 * touching this class.
 */
@Layout
@PermitAll
public final class ShellLayout extends AppLayout implements AfterNavigationObserver {

    static final String APP_NAME = "Rollcall";

    private final Clock clock;
    final H1 title = new H1();
    final Span today = new Span();
    final Badge clockNotice = new Badge();
    final Span user = new Span();
    final Button signOut = new Button("Sign out");
    final SideNav menu = new SideNav();

    ShellLayout(Clock clock, ClockMode clockMode, SignedInUser signedIn, AuthenticationContext authentication) {
        this.clock = clock;
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        title.setId("shell-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        today.setId("shell-today");
        clockNotice.setId("shell-clock-notice");
        clockNotice.setVisible(clockMode.notice().isPresent());
        clockMode.notice().ifPresent(notice -> clockNotice.setText("Demo clock: " + notice));
        user.setId("shell-user");
        user.setText(signedIn.displayName() + " · " + signedIn.roleLabel());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(e -> authentication.logout());

        FlexLayout bar = new FlexLayout(toggle, title, today, clockNotice, user, signOut);
        bar.setWidthFull();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("padding-inline-end", "var(--lumo-space-m)");
        // The user and Sign out sit at the far end of the bar.
        user.getStyle().set("margin-inline-start", "auto");
        // Landmarks, so assistive technology can jump between the bar, the menu (SideNav is one) and the screen.
        bar.getElement().setAttribute("role", "banner");
        addToNavbar(bar);

        Span brand = new Span(APP_NAME);
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)");
        menu.setId("shell-menu");
        menu.getElement().setAttribute("aria-label", "Screens");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        entries.forEach(entry -> menu.addItem(item(entry)));
        // No Scroller around the menu: the drawer scrolls by itself, and a Scroller is one more Tab stop.
        addToDrawer(brand, menu);
        // A menu of one screen is no choice: its drawer starts closed and leaves the width to the screen (the
        // operator's mark entry needs it); the toggle opens it.
        setDrawerOpened(entries.size() > 1);
    }

    private static SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        // The calls list stays highlighted while a call from it is reviewed.
        item.setMatchNested(true);
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String heading = MenuConfiguration.getPageHeader(getContent()).orElse("");
        title.setText(heading);
        String day = HumanDates.day(LocalDate.now(clock));
        today.setText(day);
        // A title that names the day already (the extranet's, the calls list's) is not followed by it again.
        today.setVisible(!heading.contains(day));
        // The router sets the tab title after this; naming the application too is done just before the response.
        UI ui = UI.getCurrent();
        ui.beforeClientResponse(this, context -> ui.getPage().setTitle(
                heading.isEmpty() ? APP_NAME : heading + " · " + APP_NAME));
    }
}
