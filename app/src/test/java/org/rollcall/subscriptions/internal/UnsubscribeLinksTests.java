package org.rollcall.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.rollcall.subscriptions.SubscriptionId;

/** An unsubscribe link names its subscription and is refused once any character of it is changed. */
class UnsubscribeLinksTests {

    private final UnsubscribeLinks links = new UnsubscribeLinks(key(1), "https://rollcall.example.org");
    private final SubscriptionId id = SubscriptionId.random();

    @Test
    void aLinkLeadsBackToItsSubscription() {
        assertThat(links.link(id)).startsWith("https://rollcall.example.org/report-emails/unsubscribe?token=");
        assertThat(links.verify(links.token(id))).contains(id);
    }

    @RepeatedTest(20)
    void everyChangedCharacterACutLinkOrAnotherKeysLinkIsRefused() {
        String token = links.token(id);
        for (int i = 0; i < token.length(); i++) {
            for (char c : "ABPQw_-.".toCharArray()) {
                if (token.charAt(i) != c) {
                    String changed = token.substring(0, i) + c + token.substring(i + 1);
                    assertThat(links.verify(changed)).as("%s at %d", c, i).isEmpty();
                }
            }
        }
        assertThat(links.verify(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(links.verify(token.substring(0, token.indexOf('.')))).isEmpty();
        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(new UnsubscribeLinks(key(2), "https://x.example.org").verify(token)).isEmpty();
        // Another subscription's id with this one's signature.
        String other = links.token(SubscriptionId.random());
        assertThat(links.verify(other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'))))
                .isEmpty();
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
