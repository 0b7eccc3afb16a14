package org.rollcall.workspace;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.rollcall.accounts.UserId;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.challenges.Challenges;
import org.rollcall.directory.ChildId;
import org.rollcall.support.BenchmarkApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One operator at their screen: their push client on a node, and what they do with each offer. When the offer
 * commits (the server's moment) it waits for the pushed frame naming the school (the client's moment), then, as
 * the operator would, saves the children's marks halfway through the handle time (the operator screen's Save: the
 * same service call, timed on the server) and wraps the call up as failed, so the dialler offers them the next.
 */
final class Seat {

    private static final Duration LOST_AFTER = Duration.ofSeconds(10);
    /**
     * The Save runs on a platform thread, as on Tomcat's request threads. On the seat's virtual thread it would also
     * wait, after each of its statements, for one of the carrier threads that the 650 clients share.
     */
    private static final ExecutorService REQUEST_THREADS = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("benchmark-request-", 0).factory());

    private record Pending(OfferLog.Offer offer, Pattern school, CompletableFuture<Long> received) {
    }

    final UserId operator;
    final String username;
    final String nodeName;
    private final BenchmarkApplication node;
    private final PushOperator client;
    private final Run run;
    private volatile Pending pending;
    private volatile boolean inCall;

    Seat(UserId operator, String username, String nodeName, BenchmarkApplication node, PushOperator client, Run run) {
        this.operator = operator;
        this.username = username;
        this.nodeName = nodeName;
        this.node = node;
        this.client = client;
        this.run = run;
    }

    private record Frame(String text, long at) {
    }

    /** The last 2 s of frames: another node's push may reach the client before this JVM stamps the offer's commit. */
    private final java.util.ArrayDeque<Frame> recent = new java.util.ArrayDeque<>();

    /** When this seat's node heard another node's notice about this operator (nanoTime), the last 2 s. */
    private final java.util.ArrayDeque<Long> noticesHeard = new java.util.ArrayDeque<>();

    /** Node {@code heardOn} heard another node's notice about this operator at {@code at} (nanoTime). */
    synchronized void noticeHeard(String heardOn, long at) {
        if (!heardOn.equals(nodeName)) {
            return; // only the node holding this operator's screen refreshes it
        }
        noticesHeard.addLast(at);
        while (noticesHeard.getFirst() < at - 2_000_000_000L) {
            noticesHeard.removeFirst();
        }
    }

    /** The first notice heard here after the offer committed elsewhere (the stamp may trail the commit a little). */
    private synchronized OptionalLong noticeAfter(long committedAt) {
        return noticesHeard.stream().mapToLong(Long::longValue).filter(t -> t >= committedAt - 100_000_000L)
                .findFirst();
    }

    /** A whole pushed frame arrived at the client at {@code at} (nanoTime). */
    synchronized void frame(String frame, long at) {
        Pending p = pending;
        if (p != null && !p.received().isDone() && p.school().matcher(frame).find()) {
            p.received().complete(at);
        }
        recent.addLast(new Frame(frame, at));
        while (recent.getFirst().at() < at - 2_000_000_000L) {
            recent.removeFirst(); // only the last 2 s: a workspace frame can be 75 KB
        }
    }

    /** The dialler's offer to this operator committed on some node. */
    synchronized void offered(OfferLog.Offer offer) {
        if (inCall && run.measuring) {
            run.overlapping.incrementAndGet(); // a second offer before the first was wrapped up
        }
        inCall = run.measuring; // after the window, goOffline gives offers up as failed
        String school = run.schoolNames.get(offer.event().provisionId().value());
        Pending p = new Pending(offer, Pattern.compile(Pattern.quote("\"" + school + "\"")), new CompletableFuture<>());
        pending = p;
        recent.stream().filter(f -> f.at() > offer.committedAt() - 2_000_000_000L && p.school().matcher(f.text()).find())
                .findFirst().ifPresent(f -> p.received().complete(Math.max(f.at(), offer.committedAt())));
        recent.clear();
        if (!run.measuring) {
            return; // an offer after the measured window: goOffline wraps it up
        }
        Thread.ofVirtual().start(() -> work(p));
    }

    private void work(Pending p) {
        try {
            long received = p.received().get(LOST_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            run.screenPop(p.offer().node(), nodeName, p.offer().committedAt(),
                    (received - p.offer().committedAt()) / 1e6);
            if (received - p.offer().committedAt() > Report.POP_TARGET_MS * 1_000_000) {
                run.slowPop(p.offer().committedAt(), received);
            }
            Long handed = p.offer().handedOver().getNow(null);
            if (handed != null && p.offer().node().equals(nodeName)) {
                // The frame can beat the stamp: the push is written while the after-commit steps finish.
                long server = Math.min(handed, received) - p.offer().committedAt();
                run.popParts(server / 1e6, (received - p.offer().committedAt() - server) / 1e6);
            }
            if (!p.offer().node().equals(nodeName)) {
                noticeAfter(p.offer().committedAt()).ifPresent(heard -> run.noticeHeard(p.offer().node(), nodeName,
                        Math.max(0, heard - p.offer().committedAt()) / 1e6));
            }
        } catch (TimeoutException lost) {
            run.lost(p.offer().node(), nodeName);
        } catch (Exception e) {
            run.failures.incrementAndGet();
        }
        try {
            long half = (long) (run.handleMillis * ThreadLocalRandom.current().nextDouble(0.5, 1.5) / 2);
            pause(half);
            saveMarks(p.offer());
            pause(half);
            inCall = false;
            node.bean(OperatorDesk.class).wrapUp(p.offer().event().callId(), operator, CallOutcome.FAILED, null);
        } catch (RuntimeException e) {
            if (run.measuring) {
                run.failures.incrementAndGet();
                System.err.println(username + ": " + e);
            }
        }
    }

    private void saveMarks(OfferLog.Offer offer) {
        UUID call = offer.event().callId().value();
        String purpose = node.bean(JdbcClient.class).sql("SELECT purpose FROM call WHERE id = ?").param(call)
                .query(String.class).single();
        Session session = "MORNING".equals(purpose) ? Session.AM : Session.PM;
        List<ChildId> children = run.children.getOrDefault(offer.event().provisionId().value(), List.of());
        List<RecordMark> marks = children.stream().map(c -> new RecordMark(c, offer.event().provisionId(), run.today,
                session, session == Session.AM ? "/" : "\\", null, call, null, username)).toList();
        if (marks.isEmpty() || !run.measuring) {
            return;
        }
        try {
            long[] span = REQUEST_THREADS.submit(() -> {
                long started = System.nanoTime();
                node.bean(Challenges.class).recordWithOutcomes(marks, List.of());
                return new long[] {started, System.nanoTime()};
            }).get();
            run.markSave(nodeName, span[0], span[1], Report.SAVE_TARGET_MS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof MarkRejectedException)) {
                throw new IllegalStateException(e.getCause());
            }
            run.rejected.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pause(long millis) {
        if (!run.measuring) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void heartbeat() throws java.io.IOException, InterruptedException {
        client.heartbeat();
    }

    String closed() {
        return client.closed();
    }

    void close() {
        client.close();
    }
}
