package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The graph form of the fan-out: reads after their inputs, reads started by reads, one wait for all. */
class FanoutTest {

    @Test
    void aReadStartsAfterItsInputsAndAwaitWaitsForReadsStartedByReads() {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch bDone = new CountDownLatch(1);
        try (Fanout fanout = new Fanout(4)) {
            // a ends after b by a latch, not by sleeping longer: sleeps ordered threads only on an idle machine
            CompletableFuture<Void> a = fanout.start(() -> {
                awaitQuietly(bDone);
                order.add("a");
            });
            CompletableFuture<Void> b = fanout.start(() -> {
                order.add("b");
                bDone.countDown();
            });
            fanout.after(List.of(a, b), () -> {
                order.add("after a and b");
                fanout.start(() -> sleepThen(order, "started by a read", 30));
            });
            fanout.await();
        }
        assertEquals(List.of("b", "a", "after a and b", "started by a read"), order);
    }

    @Test
    void aFailedInputStillLetsItsDependentsRunAndAwaitRethrowsTheFailure() {
        IllegalStateException bug = new IllegalStateException("a bug in a collector");
        List<String> ran = new CopyOnWriteArrayList<>();
        try (Fanout fanout = new Fanout(2)) {
            CompletableFuture<Void> failing = fanout.start(() -> { throw bug; });
            fanout.after(List.of(failing), () -> ran.add("dependent"));
            assertSame(bug, assertThrows(IllegalStateException.class, fanout::await));
        }
        assertEquals(List.of("dependent"), ran);
    }

    @Test
    void whenEveryThreadIsBusyAReadThatStartsOthersGoesBeforeLeavesStartedEarlier() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        try (Fanout fanout = new Fanout(1)) {
            fanout.start(() -> awaitQuietly(release));
            fanout.leaf(() -> order.add("leaf 1"));
            fanout.leaf(() -> order.add("leaf 2"));
            fanout.start(() -> order.add("enabling"));
            release.countDown();
            fanout.await();
        }
        assertEquals(List.of("enabling", "leaf 1", "leaf 2"), order);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepThen(List<String> order, String name, long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        order.add(name);
    }
}
