package org.rollcall.calls.telephony;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Just enough of an Asterisk Manager Interface over real TCP to start the app with the Asterisk adapter: banner,
 * Challenge and Login (or a refused login), and a Success with its ActionID for anything else. {@link #close()} is
 * the PBX going away: the connection drops and reconnects are refused. (The telephony module's ScriptedAmiServer
 * scripts calls; this one only has to be there, or not.)
 */
final class FakeAmi implements AutoCloseable {

    private final ServerSocket server;
    private final boolean refuseLogins;
    private volatile Socket client;

    FakeAmi(boolean refuseLogins) throws IOException {
        this.refuseLogins = refuseLogins;
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("fake-ami").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                client = socket;
                Thread.ofPlatform().daemon().name("fake-ami-client").start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            write(out, "Asterisk Call Manager/7.0.3\r\n");
            Map<String, String> action = new HashMap<>();
            for (String line; (line = in.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    action.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
                } else if (line.isEmpty() && !action.isEmpty()) {
                    write(out, answer(action));
                    action = new HashMap<>();
                }
            }
        } catch (IOException e) {
            // the client went away, or the PBX did
        }
    }

    private String answer(Map<String, String> action) {
        String head = "Response: Success\r\nActionID: " + action.get("actionid") + "\r\n";
        return switch (action.getOrDefault("action", "").toLowerCase()) {
            case "challenge" -> head + "Challenge: 840415273\r\n\r\n";
            case "login" -> refuseLogins ? "Response: Error\r\nActionID: " + action.get("actionid")
                    + "\r\nMessage: Authentication failed\r\n\r\n" : head + "Message: Authentication accepted\r\n\r\n";
            case "coresettings" -> head + "AMIversion: 7.0.3\r\nAsteriskVersion: 18.20.0\r\n\r\n";
            case "coreshowchannels" -> head + "EventList: start\r\n\r\nEvent: CoreShowChannelsComplete\r\nActionID: "
                    + action.get("actionid") + "\r\nEventList: Complete\r\nListItems: 0\r\n\r\n";
            default -> head + "Message: OK\r\n\r\n";
        };
    }

    private static synchronized void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        Socket socket = client;
        if (socket != null) {
            socket.close();
        }
    }
}
