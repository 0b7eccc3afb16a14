package org.rollcall.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rollcall.webhooks.WebhookRefusedException;

/** Literal addresses need no DNS; "localhost" is a host name that resolves to loopback on every machine. */
class AddressGuardTests {

    private final AddressGuard production = new AddressGuard(false, false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://10.1.2.3/hook|10.1.2.3, a private address",
            "https://172.16.0.9/hook|172.16.0.9, a private address",
            "https://192.168.1.1/hook|192.168.1.1, a private address",
            "https://127.0.0.1:8443/hook|127.0.0.1, a loopback address",
            "https://[::1]/hook|0:0:0:0:0:0:0:1, a loopback address",
            "https://169.254.169.254/latest/meta-data|169.254.169.254, a link-local address",
            "https://[fe80::1]/hook|a link-local address",
            "https://[fd12:3456::1]/hook|a unique-local address",
            "https://0.0.0.0/hook|0.0.0.0, an unspecified address",
            "https://100.64.1.1/hook|a shared (carrier-grade NAT) address",
            "https://[::ffff:10.0.0.1]/hook|10.0.0.1, a private address",
            "https://[64:ff9b::a00:1]/hook|a private address",
            "https://localhost:8443/hook|a loopback address"})
    void privateLoopbackAndLinkLocalAddressesAreRefusedNamingWhatTheyAre(String url, String said) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(WebhookRefusedException.class)
                .hasMessageContaining(said).hasMessageEndingWith("webhooks go only to public internet addresses");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "https://[2606:4700:4700::1111]/rollcall?x=1",
            "https://8.8.8.8:8443/a/b"})
    void publicAddressesAreAccepted(String url) {
        assertThatCode(() -> production.check(url)).doesNotThrowAnyException();
    }

    @Test
    void onlyHttpsWithAHostAndNoCredentialsIsAccepted() {
        assertThatThrownBy(() -> production.check("http://93.184.215.14/hook")).hasMessageContaining("is not https");
        assertThatThrownBy(() -> production.check("ftp://93.184.215.14/hook")).hasMessageContaining("is not https");
        assertThatThrownBy(() -> production.check("https:///hook")).hasMessageContaining("has no host name");
        assertThatThrownBy(() -> production.check("https://user:pw@93.184.215.14/")).hasMessageContaining(
                "carries a user name or password");
        assertThatThrownBy(() -> production.check("https://93.184.215.14/#x")).hasMessageContaining("#fragment");
        assertThatThrownBy(() -> production.check(" ")).hasMessageStartingWith("url is missing");
        assertThatThrownBy(() -> production.check("https://exa mple.org/")).hasMessageContaining("not a valid "
                + "address");
        assertThatThrownBy(() -> production.check("https://no-such-host.invalid/hook")).hasMessageContaining(
                "cannot be resolved");
        assertThatThrownBy(() -> production.check("https://93.184.215.14/" + "a".repeat(2000)))
                .hasMessageContaining("at most 2000");
    }

    @Test
    void theTestAndDemoSettingsLetPrivateAddressesAndHttpThrough() {
        var demo = new AddressGuard(true, true);
        assertThatCode(() -> demo.check("http://127.0.0.1:9000/hook")).doesNotThrowAnyException();
        assertThatCode(() -> demo.check("https://localhost/hook")).doesNotThrowAnyException();
        assertThatThrownBy(() -> demo.check("ftp://127.0.0.1/")).hasMessageContaining("is not https");
    }

    @Test
    void everyAddressAHostResolvesToIsChecked() throws Exception {
        assertThat(AddressGuard.forbidden(InetAddress.getByName("198.18.0.1"))).hasValue("a benchmarking address");
        assertThat(AddressGuard.forbidden(InetAddress.getByName("255.255.255.255"))).hasValue(
                "a reserved or broadcast address");
        assertThat(AddressGuard.forbidden(InetAddress.getByName("224.0.0.1"))).hasValue("a multicast address");
        assertThat(AddressGuard.forbidden(InetAddress.getByName("1.1.1.1"))).isEmpty();
    }
}
