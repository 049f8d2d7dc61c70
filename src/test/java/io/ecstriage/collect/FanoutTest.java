package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The graph form of the fan-out: reads after their inputs, reads started by reads, one wait for all. */
class FanoutTest {

    @Test
    void aReadStartsAfterItsInputsAndAwaitWaitsForReadsStartedByReads() {
        List<String> order = new CopyOnWriteArrayList<>();
        try (Fanout fanout = new Fanout(4)) {
            CompletableFuture<Void> a = fanout.start(() -> sleepThen(order, "a", 50));
            CompletableFuture<Void> b = fanout.start(() -> sleepThen(order, "b", 10));
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
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (Fanout fanout = new Fanout(1)) {
            fanout.start(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            fanout.leaf(() -> order.add("leaf 1"));
            fanout.leaf(() -> order.add("leaf 2"));
            fanout.start(() -> order.add("enabling"));
            release.countDown();
            fanout.await();
        }
        assertEquals(List.of("enabling", "leaf 1", "leaf 2"), order);
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
