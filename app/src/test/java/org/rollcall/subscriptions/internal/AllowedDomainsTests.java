package org.rollcall.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.subscriptions.SubscriptionRefusedException;

/** Addresses go only to the authority's own domains, matched exactly and in any case. */
class AllowedDomainsTests {

    private static final List<String> SHIRE = List.of("la.gov.uk", "shire.example.org");

    @Test
    void anAddressInOneOfTheDomainsIsAcceptedInAnyCaseAndStoredInLowerCase() {
        assertThat(AllowedDomains.check(" Head.VSH@LA.gov.UK ", SHIRE)).isEqualTo("head.vsh@la.gov.uk");
        assertThat(AllowedDomains.check("sw@shire.example.org", SHIRE)).isEqualTo("sw@shire.example.org");
    }

    @Test
    void lookAlikeDomainsAndSubdomainsAreRefusedNamingTheAuthoritysDomains() {
        for (String address : List.of("a@la.gov.uk.evil.com", "a@evil-la.gov.uk", "a@evilla.gov.uk",
                "a@mail.la.gov.uk", "a@gov.uk", "a@la.gov.uk.")) {
            assertThatThrownBy(() -> AllowedDomains.check(address, SHIRE)).as(address)
                    .isInstanceOf(SubscriptionRefusedException.class);
        }
        assertThatThrownBy(() -> AllowedDomains.check("a@la.gov.uk.evil.com", SHIRE))
                .hasMessageContaining("la.gov.uk, shire.example.org");
    }

    @Test
    void somethingThatIsNotOneAddressIsRefusedSayingWhatIsAccepted() {
        for (String address : List.of("", "a@la.gov.uk, b@la.gov.uk", "Head <head@la.gov.uk>", "head@la.gov.uk\r\nBcc:"
                + " x@evil.com", "head")) {
            assertThatThrownBy(() -> AllowedDomains.check(address, SHIRE)).as(address)
                    .isInstanceOf(SubscriptionRefusedException.class).hasMessageContaining("name@example.org");
        }
    }

    @Test
    void withNoDomainsNothingIsAcceptedAndTheMessageSaysWhoAddsThem() {
        assertThatThrownBy(() -> AllowedDomains.check("head@la.gov.uk", List.of()))
                .hasMessageContaining("administrators");
    }

    @Test
    void domainsAreStoredInLowerCaseWithoutAnAtAndBadOnesRefused() {
        assertThat(AllowedDomains.domains(List.of("@LA.gov.uk", "la.gov.uk ", "Shire.Example.org")))
                .containsExactly("la.gov.uk", "shire.example.org");
        assertThatThrownBy(() -> AllowedDomains.domain("la gov uk")).hasMessageContaining("not an email domain");
        assertThatThrownBy(() -> AllowedDomains.domain("localhost")).hasMessageContaining("not an email domain");
    }
}
