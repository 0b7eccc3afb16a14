package org.rollcall.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

/**
 * Whether the PBX can take a call (the dialler pauses while it cannot), and a refused login that names the property
 * to fix, against a scripted Asterisk over real TCP.
 */
class AsteriskAvailabilityIntegrationTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-07T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir Path recordings;
    private ScriptedAmiServer ami;
    private AsteriskTelephony telephony;
    private final BlockingQueue<TelephonyEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        ami = new ScriptedAmiServer();
    }

    @AfterEach
    void stop() throws Exception {
        if (telephony != null) {
            telephony.close();
        }
        ami.close();
    }

    @Test
    void isUnavailableWhileTheAmiLinkIsDownRefusesCallsWithoutSendingThemAndIsBackAfterTheReconnect()
            throws Exception {
        connect();
        assertThat(telephony.isAvailable()).isTrue();
        // The PBX restarts: the link drops, and the PBX greets the reconnect only after a while.
        ami.bannerDelay(1500);
        ami.drop();
        await("reported unavailable").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> !telephony.isAvailable());

        int originates = ami.count("Originate");
        assertThatIllegalStateException().isThrownBy(() -> place("op1"))
                .withMessageContaining("not connected to Asterisk");
        assertThat(ami.count("Originate")).as("nothing reached the PBX").isEqualTo(originates);
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).as("no call events: nothing was placed").isNull();

        await("available again once logged in").atMost(Duration.ofSeconds(30)).until(telephony::isAvailable);
        assertThat(ami.logins()).isEqualTo(2);
        TelephonyCallId id = place("op1");
        assertThat(ScriptedAmiServer.first(ami.awaitAction("Originate"), "ChannelId")).isEqualTo(id.toString());
    }

    @Test
    void aRefusedLoginStopsStartUpNamingThePasswordProperty() {
        ami.refuseLogins();
        telephony = new AsteriskTelephony(AsteriskTelephonyIntegrationTests.settings(ami.port(), recordings), CLOCK);
        assertThatIllegalStateException().isThrownBy(telephony::connect)
                .withMessageContaining("cannot log in to Asterisk AMI at 127.0.0.1:" + ami.port() + " as rollcall")
                .withMessageContaining("Asterisk refused the login of AMI user 'rollcall'")
                .withMessageContaining("check rollcall.telephony.asterisk.password against the secret of [rollcall] "
                        + "in manager.conf");
        assertThat(telephony.isAvailable()).isFalse();
    }

    private void connect() {
        telephony = new AsteriskTelephony(AsteriskTelephonyIntegrationTests.settings(ami.port(), recordings), CLOCK);
        telephony.addListener(events::add);
        telephony.connect();
    }

    private TelephonyCallId place(String operator) {
        TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
        telephony.placeCall(new CallRequest(id, operator, new E164Number("+441632960010"),
                new E164Number("+441632960000")));
        return id;
    }
}
