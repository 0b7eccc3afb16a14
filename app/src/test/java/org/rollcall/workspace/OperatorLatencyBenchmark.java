package org.rollcall.workspace;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallRefusedException;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.calls.internal.PlanNow;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.support.BenchmarkApplication;
import org.rollcall.support.OperatorCalls;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Not a test: screen-pop and mark-save latency under load (issue 17, ADR 0048). The real application on embedded
 * PostgreSQL with the seed-scale national directory; {@code benchmark.operators} operators (default 450) sign in
 * with the login form and hold the workspace open over Vaadin's push WebSocket, as a browser would
 * ({@link PushOperator}); {@code benchmark.extranet} API clients (default 200) read the day's attendance in a loop.
 * Screen pop: from the offer's commit on the server to the client's receipt of the pushed frame naming the school.
 * Mark save: the operator screen's Save service call, timed on the server. Then the same with a second node on the
 * same database, both diallers claiming with SKIP LOCKED. Prints figures; never fails on them.
 * {@code ./mvnw -B -pl app -am -Poperator-latency -DskipTests verify [-Dbenchmark.operators=50]}
 */
public final class OperatorLatencyBenchmark {

    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 3, 13, 50);
    private static final int OPERATORS = Integer.getInteger("benchmark.operators", 450);
    private static final int EXTRANET = Integer.getInteger("benchmark.extranet", 200);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);
    private static final long HANDLE_MILLIS = Integer.getInteger("benchmark.handle-seconds", 10) * 1000L;
    private static final long API_THINK_MILLIS = 2_000;
    /** Which phases to run: "one" (one node), "two" (two nodes), or both (the default). */
    private static final List<String> PHASES = List.of(System.getProperty("benchmark.phases", "one,two").split(","));
    private static final String[] NODE_ARGS = {"--rollcall.calls.plan-interval=1h",
            "--rollcall.calls.retry-delay=3h", "--rollcall.accounts.max-failures-per-source=100000",
            "--spring.datasource.hikari.maximum-pool-size=" + Integer.getInteger("benchmark.pool", 40)};

    private OperatorLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Operators %d, API clients %d, %d s measured a phase, handle time %d s (±50%%), "
                + "API think time %d ms, max heap %d MiB%n", OPERATORS, EXTRANET, SECONDS, HANDLE_MILLIS / 1000,
                API_THINK_MILLIS, Runtime.getRuntime().maxMemory() >> 20);
        OfferLog offers = new OfferLog();
        HttpClient http = PushOperator.sharedClient();
        Report first = null;
        if (PHASES.contains("one")) {
            try (BenchmarkApplication a = BenchmarkApplication.start("latency-a", START.toString(), NODE_ARGS)) {
                offers.attach(a.context(), "A");
                Day day = Day.seed(a);
                Run one = new Run(day.names(), day.children(), START.toLocalDate(), HANDLE_MILLIS);
                first = phase("One node", "p1", List.of(new Node("A", a)), one, offers, http, day.tokens());
                first.print(null);
                day.printOffered();
            }
        }
        if (!PHASES.contains("two")) {
            http.close();
            System.exit(0);
        }
        // A fresh database with the same day: the first phase used up most of the calls due, and two nodes must
        // have as many to offer as one had, or the figures measure the day running dry, not the nodes.
        try (BenchmarkApplication a = BenchmarkApplication.start("latency-a2", START.toString(), NODE_ARGS)) {
            offers.attach(a.context(), "A");
            Day day = Day.seed(a);
            String url = ((HikariDataSource) a.bean(DataSource.class)).getJdbcUrl();
            String[] second = concat(NODE_ARGS, "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres");
            try (BenchmarkApplication b = BenchmarkApplication.start("latency-b",
                    a.bean(java.time.Clock.class).instant().toString(), second)) {
                offers.attach(b.context(), "B");
                System.out.printf("%nNode B up on A's database (%s); its clock is %d ms behind A's%n", url,
                        Duration.between(b.bean(java.time.Clock.class).instant(),
                                a.bean(java.time.Clock.class).instant()).toMillis());
                Run two = new Run(day.names(), day.children(), START.toLocalDate(), HANDLE_MILLIS);
                Report both = phase("Two nodes", "p2", List.of(new Node("A", a), new Node("B", b)), two, offers,
                        http, day.tokens());
                both.print(first);
                System.out.printf("%nCalls offered more than once over both phases: %d (of %,d offers)%n",
                        offers.callsOfferedTwice(), offers.offers());
                day.printOffered();
            }
        }
        http.close();
        System.exit(0); // the nodes are closed; leftover client threads must not keep Maven's exec waiting
    }

    /** The seed-scale day on one node's fresh database: what the clients need to know of it. */
    record Day(JdbcClient jdbc, Map<UUID, String> names, Map<UUID, List<ChildId>> children, List<String> tokens) {

        static Day seed(BenchmarkApplication a) {
            long started = System.nanoTime();
            int planned = PlanNow.seedAndPlan(a.context(), 150, 8_000, 28_000);
            JdbcClient jdbc = a.bean(JdbcClient.class);
            jdbc.sql("ANALYZE").update();
            System.out.printf("Seeded 8,000 provisions, 28,000 children; %,d calls planned for %s, in %.0f s%n",
                    planned, START.toLocalDate(), (System.nanoTime() - started) / 1e9);
            Map<UUID, String> names = new HashMap<>();
            jdbc.sql("SELECT id, name FROM provision").query((rs, n) -> names.put(rs.getObject(1, UUID.class),
                    rs.getString(2))).list();
            Map<UUID, List<ChildId>> children = new HashMap<>();
            jdbc.sql("SELECT provision_id, child_id FROM placement WHERE kind = 'ON_ROLL'").query((rs, n) ->
                    children.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ChildId(rs.getObject(2, UUID.class)))).list();
            return new Day(jdbc, names, children, OperatorLatencyBenchmark.tokens(a, jdbc));
        }

        void printOffered() {
            System.out.printf("Calls this database shows offered or done today: %,d%n", jdbc.sql(
                    "SELECT count(*) FROM call WHERE offered_at IS NOT NULL").query(Long.class).single());
        }
    }

    record Node(String name, BenchmarkApplication app) {

        String base() {
            return "http://127.0.0.1:" + app.port();
        }
    }

    /** One API token per client, spread over the authorities, as each authority's system would hold its own. */
    private static List<String> tokens(BenchmarkApplication a, JdbcClient jdbc) {
        List<AuthorityId> authorities = jdbc.sql("SELECT id FROM authority ORDER BY la_code").query(UUID.class).list()
                .stream().map(AuthorityId::new).toList();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < EXTRANET; i++) {
            tokens.add(a.bean(ApiTokens.class).issue(authorities.get(i % authorities.size()), "latency " + i));
        }
        return tokens;
    }

    private static Report phase(String title, String prefix, List<Node> nodes, Run run, OfferLog offers,
                                HttpClient http, List<String> tokens) throws Exception {
        long heapBefore = HeapHistogram.usedAfterGc();
        long connectStarted = System.nanoTime();
        List<Seat> seats = new ArrayList<>();
        try (ExecutorService connect = Executors.newFixedThreadPool(16)) {
            List<Future<Seat>> opening = new ArrayList<>();
            for (int i = 0; i < OPERATORS; i++) {
                Node node = nodes.get(i % nodes.size());
                String username = prefix + "-operator-" + i;
                opening.add(connect.submit(() -> seat(node, username, run, offers, http)));
            }
            for (Future<Seat> f : opening) {
                seats.add(f.get());
            }
        }
        System.out.printf("%n== %s: %d operators signed in with push open in %.0f s%n", title, seats.size(),
                (System.nanoTime() - connectStarted) / 1e9);
        List<Thread> apiClients = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Node node = nodes.get(i % nodes.size());
            String token = tokens.get(i);
            apiClients.add(Thread.ofVirtual().start(() -> apiLoop(node, token, run, http)));
        }
        Thread heartbeats = Thread.ofVirtual().start(() -> heartbeats(seats, run));
        GcPauses.into(run);
        int offersBefore = offers.offers();
        long started = System.nanoTime();
        run.windowOpened = started;
        run.operators = seats.size();
        for (Seat seat : seats) {
            Node node = nodes.stream().filter(n -> n.name().equals(seat.nodeName)).findFirst().orElseThrow();
            node.app().bean(OperatorDesk.class).ready(seat.operator, seat.username, "sip:" + seat.username);
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int second = 0; second < SECONDS; second++) {
            Thread.sleep(1000);
            run.cpu(os.getCpuLoad(), os.getProcessCpuLoad()); // the machine's (PostgreSQL too) and this JVM's
        }
        long heap = HeapHistogram.usedAfterGc();
        HeapHistogram.printTop(12);
        double seconds = (System.nanoTime() - started) / 1e9;
        int offered = offers.offers() - offersBefore;
        run.measuring = false;
        apiClients.forEach(Thread::interrupt);
        heartbeats.interrupt();
        List<String> closed = seats.stream().filter(s -> s.closed() != null).map(s -> s.username + ": " + s.closed())
                .toList();
        System.out.printf("Push connections closed by the server during the window: %d %s%n", closed.size(),
                closed.stream().limit(3).toList());
        int teardownFailures = 0;
        for (Seat seat : seats) {
            Node node = nodes.stream().filter(n -> n.name().equals(seat.nodeName)).findFirst().orElseThrow();
            try {
                offline(node.app().bean(OperatorDesk.class), seat.operator);
            } catch (RuntimeException e) {
                // The offline push can meet the seat's own last push on one WebSocket (Tomcat: TEXT_FULL_WRITING).
                teardownFailures++;
            }
            seat.close();
        }
        if (teardownFailures > 0) {
            System.out.printf("Operators whose offline push failed after the window: %d%n", teardownFailures);
        }
        offers.clearSeats();
        return new Report(title, run, offered, seconds, heapBefore, heap, seats.size() + tokens.size());
    }

    /** {@link OperatorCalls#goOffline}, tolerating the seat's own wrap-up of the same call at the same moment. */
    private static void offline(OperatorDesk desk, UserId operator) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                OperatorCalls.goOffline(desk, operator);
                return;
            } catch (CallRefusedException wrappedUpMeanwhile) {
                Thread.sleep(100);
            }
        }
    }

    private static Seat seat(Node node, String username, Run run, OfferLog offers, HttpClient http) throws Exception {
        UserId operator = node.app().bean(Accounts.class).createUser(username, "Operator " + username,
                username + "-password-1", Role.OPERATOR, null);
        PushOperator client = new PushOperator(node.base(), http);
        Seat seat = new Seat(operator, username, node.name(), node.app(), client, run);
        client.signIn(username, username + "-password-1");
        client.open("workspace", seat::frame);
        offers.seat(operator, seat::offered, seat::noticeHeard);
        return seat;
    }

    /** Every seat's browser heartbeat, every 15 s as vaadin.heartbeat-interval says. */
    private static void heartbeats(List<Seat> seats, Run run) {
        long period = Duration.ofSeconds(15).toNanos();
        long start = System.nanoTime();
        try {
            for (long beat = 1; ; beat++) {
                for (int i = 0; i < seats.size(); i++) {
                    // Each seat at its own moment of the 15 s, as browsers opened at different moments beat: all at
                    // once was 450 requests in a burst every 15 s, when most slow saves came (ADR 0056).
                    long wait = start + beat * period + period * i / seats.size() - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(Duration.ofNanos(wait));
                    }
                    try {
                        seats.get(i).heartbeat();
                    } catch (java.io.IOException e) {
                        run.failures.incrementAndGet();
                    }
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** An authority's system reading the day's attendance, a request every think time or so. */
    private static void apiLoop(Node node, String token, Run run, HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/attendance"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(API_THINK_MILLIS));
            while (run.measuring) {
                long started = System.nanoTime();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    run.apiErrors.incrementAndGet();
                }
                run.api(node.name(), (System.nanoTime() - started) / 1e6);
                Thread.sleep(ThreadLocalRandom.current().nextLong(API_THINK_MILLIS / 2, API_THINK_MILLIS * 3 / 2));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            run.apiErrors.incrementAndGet();
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
