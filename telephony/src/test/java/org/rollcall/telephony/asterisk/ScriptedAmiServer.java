package org.rollcall.telephony.asterisk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted Asterisk Manager Interface over real TCP: banner, Challenge and Login, a Success (with its ActionID)
 * for every action, Pong for Ping, CoreShowChannels with the channels the test says are up, and events pushed by the
 * test. Public, and shipped in the test jar, so the application's tests can run Rollcall against it too.
 */
public final class ScriptedAmiServer implements AutoCloseable {

    private final ServerSocket server;
    private final BlockingQueue<Map<String, List<String>>> actions = new LinkedBlockingQueue<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile Socket client;
    private volatile List<String> liveChannels = List.of();
    private volatile List<String> liveCalls = List.of();
    private volatile boolean refuseOriginate;
    private volatile boolean refuseCoreShowChannels;
    private volatile boolean refuseLogins;
    private volatile Socket silenced;
    private volatile long bannerDelayMillis;

    public ScriptedAmiServer() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("scripted-ami").start(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    public int logins() {
        return logins.get();
    }

    /** Channels (uniqueids) CoreShowChannels reports as still up. */
    public void liveChannels(List<String> uniqueIds) {
        liveChannels = List.copyOf(uniqueIds);
    }

    /**
     * Calls (operator channel ids) CoreShowChannels reports as up and talking: the operator's channel, in a bridge,
     * and the school's, linked to it.
     */
    public void liveCalls(List<String> callIds) {
        liveCalls = List.copyOf(callIds);
    }

    /** Answers Originate with an Error, as Asterisk does for an unknown endpoint or a missing privilege. */
    public void refuseOriginate() {
        refuseOriginate = true;
    }

    /** Answers Login with an Error, as Asterisk does for a wrong secret (or a host its permit lines refuse). */
    void refuseLogins() {
        refuseLogins = true;
    }

    /** Answers CoreShowChannels with an Error, so the adapter cannot learn which channels are up. */
    public void refuseCoreShowChannels() {
        refuseCoreShowChannels = true;
    }

    /**
     * The PBX freezes, or the network drops without a FIN or RST: the current connection stays open but nothing more
     * is answered or sent on it. A new connection is served as usual.
     */
    public void goSilent() {
        silenced = client;
    }

    /** A PBX coming back greets new connections only after this long. */
    public void bannerDelay(long millis) {
        bannerDelayMillis = millis;
    }

    /** How many actions of this name have arrived so far, awaited or not. */
    public int count(String name) {
        return counts.getOrDefault(name.toLowerCase(), new AtomicInteger()).get();
    }

    /** The next action of the given name the client sent. */
    public Map<String, List<String>> awaitAction(String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Map<String, List<String>> action = actions.poll(100, TimeUnit.MILLISECONDS);
            if (action != null && name.equalsIgnoreCase(first(action, "Action"))) {
                return action;
            }
        }
        throw new AssertionError("no " + name + " action arrived");
    }

    /** Whether an action of this name has arrived (and not been awaited yet), without waiting for one. */
    public boolean sawAction(String name) throws InterruptedException {
        Thread.sleep(200);
        return actions.stream().anyMatch(action -> name.equalsIgnoreCase(first(action, "Action")));
    }

    public void event(String... lines) throws IOException {
        write(String.join("\r\n", lines) + "\r\n\r\n");
    }

    public void raw(String text) throws IOException {
        write(text);
    }

    /** Drops the client's connection, as a PBX restart or network fault would. */
    public void drop() throws IOException {
        client.close();
    }

    public static String first(Map<String, List<String>> action, String key) {
        List<String> values = action.get(key.toLowerCase());
        return values == null ? null : values.getFirst();
    }

    private synchronized void write(String text) throws IOException {
        if (client == silenced) {
            return;
        }
        OutputStream out = client.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                client = socket;
                Thread.ofPlatform().daemon().name("scripted-ami-client").start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            if (bannerDelayMillis > 0) {
                Thread.sleep(bannerDelayMillis);
            }
            write("Asterisk Call Manager/7.0.3\r\n");
            Map<String, List<String>> action = new LinkedHashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!action.isEmpty()) {
                        if (socket != silenced) {
                            answer(action);
                        }
                        counts.computeIfAbsent(String.valueOf(first(action, "Action")).toLowerCase(),
                                k -> new AtomicInteger()).incrementAndGet();
                        actions.add(action);
                        action = new LinkedHashMap<>();
                    }
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    action.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(), k -> new ArrayList<>())
                            .add(line.substring(colon + 1).strip());
                }
            }
        } catch (IOException e) {
            // client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(Map<String, List<String>> action) throws IOException {
        String id = first(action, "ActionID");
        String name = first(action, "Action");
        String head = "Response: Success\r\nActionID: " + id + "\r\n";
        switch (name == null ? "" : name.toLowerCase()) {
            case "challenge" -> write(head + "Challenge: 840415273\r\n\r\n");
            case "login" -> {
                if (refuseLogins) {
                    write(error(id, "Authentication failed"));
                    return;
                }
                logins.incrementAndGet();
                write(head + "Message: Authentication accepted\r\n\r\n");
            }
            case "ping" -> write(head + "Ping: Pong\r\nTimestamp: " + System.currentTimeMillis() / 1000.0
                    + "\r\n\r\n");
            case "coresettings" -> write(head + "AMIversion: 7.0.3\r\nAsteriskVersion: 18.20.0\r\n"
                    + "SystemName: scripted\r\n\r\n");
            case "originate" -> write(refuseOriginate ? error(id, "Originate failed: no such endpoint")
                    : head + "Message: Originate successfully queued\r\n\r\n");
            case "coreshowchannels" -> {
                if (refuseCoreShowChannels) {
                    write(error(id, "Permission denied"));
                    return;
                }
                StringBuilder text = new StringBuilder(head + "EventList: start\r\nMessage: Channels will follow\r\n\r\n");
                int items = 0;
                for (String uniqueId : liveChannels) {
                    text.append(channel(id, "PJSIP/x", uniqueId, uniqueId, ""));
                    items++;
                }
                int n = 0;
                for (String call : liveCalls) {
                    String bridge = "bridge-" + (++n);
                    text.append(channel(id, "PJSIP/op" + n + "-0000000" + n, call, call, bridge));
                    text.append(channel(id, "PJSIP/trunk-0000010" + n, "1700000000." + n, call, bridge));
                    items += 2;
                }
                text.append("Event: CoreShowChannelsComplete\r\nActionID: ").append(id)
                        .append("\r\nEventList: Complete\r\nListItems: ").append(items).append("\r\n\r\n");
                write(text.toString());
            }
            default -> write(head + "Message: OK\r\n\r\n");
        }
    }

    private static String channel(String actionId, String channel, String uniqueId, String linkedId, String bridge) {
        return "Event: CoreShowChannel\r\nActionID: " + actionId + "\r\nChannel: " + channel
                + "\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nUniqueid: " + uniqueId + "\r\nLinkedid: " + linkedId
                + "\r\nBridgeId: " + bridge + "\r\n\r\n";
    }

    private static String error(String id, String message) {
        return "Response: Error\r\nActionID: " + id + "\r\nMessage: " + message + "\r\n\r\n";
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (client != null) {
            client.close();
        }
    }
}
