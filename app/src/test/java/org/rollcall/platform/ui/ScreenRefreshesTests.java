package org.rollcall.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.UserId;

/** A burst of changes to one operator costs one refresh; a change heard during a refresh is never lost. */
class ScreenRefreshesTests {

    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final List<UserId> refreshed = new ArrayList<>();
    private final UserId ann = new UserId(UUID.randomUUID());
    private final UserId bob = new UserId(UUID.randomUUID());

    @Test
    void changesHeardWhileARefreshWaitsShareIt() {
        ScreenRefreshes<UserId> refreshes = new ScreenRefreshes<>(queued::add, refreshed::add);
        refreshes.request(ann);
        refreshes.request(ann);
        refreshes.request(bob);
        refreshes.request(ann);

        assertThat(queued).hasSize(2);
        runQueued();
        assertThat(refreshed).containsExactly(ann, bob);
    }

    @Test
    void aChangeHeardOnceTheRefreshHasStartedQueuesAnother() {
        List<ScreenRefreshes<UserId>> self = new ArrayList<>();
        ScreenRefreshes<UserId> refreshes = new ScreenRefreshes<>(queued::add, operator -> {
            refreshed.add(operator);
            if (refreshed.size() == 1) {
                self.getFirst().request(operator); // the next change commits while this screen is reading
            }
        });
        self.add(refreshes);
        refreshes.request(ann);
        runQueued();

        assertThat(refreshed).containsExactly(ann, ann);
        refreshes.request(ann);
        assertThat(queued).hasSize(1);
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
