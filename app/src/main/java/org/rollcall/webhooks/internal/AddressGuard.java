package org.rollcall.webhooks.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.rollcall.webhooks.WebhookProperties;
import org.rollcall.webhooks.WebhookRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where Rollcall may send: https only, and never into a private network (server-side request forgery). The host is
 * resolved and every address it resolves to is checked, when subscribing and again before every attempt, since DNS
 * can change in between. The JDK client resolves once more when it connects; ADR 0022 names that narrow window.
 */
@Component
class AddressGuard {

    static final int MAX_LENGTH = 2000;

    private final boolean allowPrivate;
    private final boolean allowHttp;

    @Autowired
    AddressGuard(WebhookProperties properties) {
        this(properties.allowPrivateAddresses(), properties.allowHttp());
    }

    AddressGuard(boolean allowPrivate, boolean allowHttp) {
        this.allowPrivate = allowPrivate;
        this.allowHttp = allowHttp;
    }

    /** The address parsed and checked, resolving its host now. */
    URI check(String url) {
        URI uri = parse(url);
        checkResolved(uri);
        return uri;
    }

    /** Resolves the host and refuses it when any of its addresses is private, loopback, link-local or the like. */
    void checkResolved(URI uri) {
        String host = host(uri);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new WebhookRefusedException("the host '" + host + "' cannot be resolved: give an address whose "
                    + "host has a public DNS record");
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            forbidden(address).ifPresent(kind -> {
                throw new WebhookRefusedException("the host '" + host + "' resolves to " + address.getHostAddress()
                        + ", " + kind + ": webhooks go only to public internet addresses");
            });
        }
    }

    URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new WebhookRefusedException("url is missing: give the https address that receives the events");
        }
        if (url.length() > MAX_LENGTH) {
            throw new WebhookRefusedException("url is " + url.length() + " characters long: at most " + MAX_LENGTH
                    + " are accepted");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new WebhookRefusedException("url '" + url + "' is not a valid address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new WebhookRefusedException("url '" + url + "' is not https: webhooks are sent over https only, "
                    + "for example https://lac.example.gov.uk/rollcall/events");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new WebhookRefusedException("url '" + url + "' has no host name: give a full address such as "
                    + "https://lac.example.gov.uk/rollcall/events");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookRefusedException("url '" + url + "' carries a user name or password: these are not "
                    + "accepted in the address; verify the signature header instead");
        }
        if (uri.getRawFragment() != null) {
            throw new WebhookRefusedException("url '" + url + "' has a #fragment, which is never sent: remove it");
        }
        return uri;
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** What kind of address this is, if it is one Rollcall never sends to. */
    static Optional<String> forbidden(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("a unique-local address");
            }
            // NAT64 (64:ff9b::/96) and IPv4-compatible (::a.b.c.d) addresses carry an IPv4 address: check that.
            boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b && zero(b, 4, 12);
            if (nat64 || zero(b, 0, 12)) {
                try {
                    return forbidden(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return Optional.of("an address that cannot be checked");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ipv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("a 'this network' address");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("a shared (carrier-grade NAT) address");
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
            return Optional.of("an IETF protocol address");
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return Optional.of("a benchmarking address");
        }
        if (first >= 240) {
            return Optional.of("a reserved or broadcast address");
        }
        return Optional.empty();
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
