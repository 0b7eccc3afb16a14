package org.rollcall.telephony.twilio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Recording;

/** A recording held at Twilio: downloaded as WAV, deleted there only once the application has stored it. */
final class TwilioRecording implements org.rollcall.telephony.RecordingSource {

    private final TwilioRestClient client;
    private final String url;
    private final String sid;
    private final String accountSid;
    private final String authToken;

    TwilioRecording(TwilioRestClient client, String url, String sid, String accountSid, String authToken) {
        this.client = client;
        this.url = url;
        this.sid = sid;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    @Override
    public InputStream open() throws IOException {
        Request request = new Request(HttpMethod.GET, url + ".wav");
        request.setAuth(accountSid, authToken);
        var response = client.getHttpClient().reliableRequest(request);
        if (response.getStatusCode() != 200) {
            throw new IOException("Twilio answered " + response.getStatusCode() + " for recording " + sid);
        }
        // Read as bytes: getContent() would decode the WAV as text.
        try (InputStream body = response.getStream()) {
            return new ByteArrayInputStream(body.readAllBytes());
        }
    }

    @Override
    public void release() {
        Recording.deleter(sid).delete(client);
    }
}
