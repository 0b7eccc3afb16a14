package org.rollcall.telephony.twilio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Recording;

/**
 * A recording held at Twilio: downloaded as WAV (once, however often it is opened), deleted there only once the
 * application has stored it, or found it holds no audio.
 */
final class TwilioRecording implements org.rollcall.telephony.RecordingSource {

    private final TwilioRestClient client;
    private final String url;
    private final String sid;
    private final String accountSid;
    private final String authToken;
    private final Instant stoppedAt;
    private byte[] downloaded;

    /** @param stoppedAt when Twilio stopped recording, on the application's clock; null if not known */
    TwilioRecording(TwilioRestClient client, String url, String sid, String accountSid, String authToken,
                    Instant stoppedAt) {
        this.client = client;
        this.url = url;
        this.sid = sid;
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.stoppedAt = stoppedAt;
    }

    static String url(String accountSid, String recordingSid) {
        return "https://api.twilio.com/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid;
    }

    @Override
    public synchronized InputStream open() throws IOException {
        if (downloaded == null) {
            Request request = new Request(HttpMethod.GET, url + ".wav");
            request.setAuth(accountSid, authToken);
            var response = client.getHttpClient().reliableRequest(request);
            if (response.getStatusCode() != 200) {
                throw new IOException("Twilio answered " + response.getStatusCode() + " for recording " + sid);
            }
            // Read as bytes: getContent() would decode the WAV as text.
            try (InputStream body = response.getStream()) {
                downloaded = body.readAllBytes();
            }
        }
        return new ByteArrayInputStream(downloaded);
    }

    @Override
    public Optional<Instant> stoppedAt() {
        return Optional.ofNullable(stoppedAt);
    }

    @Override
    public void release() {
        Recording.deleter(sid).delete(client);
    }

    @Override
    public void discard() {
        Recording.deleter(sid).delete(client);
    }
}
