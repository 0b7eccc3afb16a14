package org.rollcall.workspace;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.rollcall.accounts.UserId;
import org.rollcall.platform.NodeNotices;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallOffered;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The moment each offer is committed, on every node, taken by a listener the benchmark adds to each context: the
 * first after-commit step of the dialler's transaction (before the screen's own after-commit push), on the same
 * {@code System.nanoTime} the clients stamp their frames with. Counts how often each call was offered.
 */
final class OfferLog {

    /**
     * One committed offer: which node's dialler made it, when (nanoTime), and when its transaction's after-commit
     * work (the screen's refresh and the push handed to Atmosphere) was done.
     */
    record Offer(CallOffered event, String node, long committedAt, CompletableFuture<Long> handedOver) {
    }

    private final Map<CallId, AtomicInteger> offersPerCall = new ConcurrentHashMap<>();
    private final Map<UserId, Consumer<Offer>> seats = new ConcurrentHashMap<>();
    private final Map<UserId, java.util.function.BiConsumer<String, Long>> noticeSeats = new ConcurrentHashMap<>();
    private final AtomicInteger offers = new AtomicInteger();

    /**
     * Listens on a node: each committed offer to an operator with a seat is handed to that seat, and each notice
     * the node hears from another node about an operator (ADR 0048), with the moment it was heard, so a cross-node
     * pop can be split into the notice's trip and the screen's refresh.
     */
    void attach(ConfigurableApplicationContext node, String name) {
        node.getBean(NodeNotices.class).listen(NodeNotices.OPERATOR_CHANGED, operator -> {
            long at = System.nanoTime();
            var seat = noticeSeats.get(new UserId(java.util.UUID.fromString(operator)));
            if (seat != null) {
                seat.accept(name, at);
            }
        });
        node.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof CallOffered o
                    && TransactionSynchronizationManager.isSynchronizationActive()) {
                CompletableFuture<Long> handedOver = new CompletableFuture<>();
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public int getOrder() {
                        return Ordered.HIGHEST_PRECEDENCE;
                    }

                    @Override
                    public void afterCommit() {
                        committed(new Offer(o, name, System.nanoTime(), handedOver));
                    }
                });
                // Last in order, and registered after the screen's (this listener was added after the context's):
                // its afterCompletion follows the screen's refresh and push (AfterCommit).
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        handedOver.complete(System.nanoTime());
                    }
                });
            }
        });
    }

    void seat(UserId operator, Consumer<Offer> seat, java.util.function.BiConsumer<String, Long> noticeHeard) {
        seats.put(operator, seat);
        noticeSeats.put(operator, noticeHeard);
    }

    void clearSeats() {
        seats.clear();
        noticeSeats.clear();
    }

    int offers() {
        return offers.get();
    }

    /** Calls offered more than once over the whole run (both phases, both nodes). */
    long callsOfferedTwice() {
        return offersPerCall.values().stream().filter(n -> n.get() > 1).count();
    }

    private void committed(Offer offer) {
        offers.incrementAndGet();
        offersPerCall.computeIfAbsent(offer.event().callId(), k -> new AtomicInteger()).incrementAndGet();
        Consumer<Offer> seat = seats.get(offer.event().operatorId());
        if (seat != null) {
            seat.accept(offer);
        }
    }
}
