package org.rollcall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core (Deque's own Playwright binding, which injects the axe script it ships) run on a page as it is shown:
 * no serious or critical violation is allowed, and each checked page is kept as a screenshot in target/e2e.
 */
final class Axe {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    private Axe() {
    }

    /** Saves {@code target/e2e/<name>.png}, then fails listing each serious or critical violation and where. */
    static void assertAccessible(Page page, String name) {
        assertAccessible(page, name, List.of());
    }

    /**
     * As above, leaving out what {@code excluded} selects. A sandboxed frame without scripts (a received email's
     * HTML) must be left out: axe-core cannot run inside it, and waiting for it never ends.
     */
    static void assertAccessible(Page page, String name, List<String> excluded) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", name + ".png")));
        AxeBuilder axe = new AxeBuilder(page);
        excluded.forEach(selector -> axe.exclude(selector));
        AxeResults results = axe.analyze();
        assertThat(results.getError()).as("axe-core failed to run on " + name).isNull();
        assertThat(results.getPasses()).as("rules axe-core checked and passed on " + name).isNotEmpty();
        List<Rule> others = results.getViolations().stream().filter(r -> !BLOCKING.contains(r.getImpact())).toList();
        if (!others.isEmpty()) {
            // Reported, not failed: moderate and minor findings are for people to weigh.
            System.out.printf("axe-core on %s, moderate or minor:%n%s%n", name, describe(others));
        }
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact()))
                .toList();
        assertThat(blocking).as("serious or critical accessibility violations on %s (%s):%n%s", name, page.url(),
                describe(blocking)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
