package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FactListTest {
    private static final LogEvent LOG = new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t1", Instant.EPOCH, "up");
    private static final LogGroup GROUP = new LogGroup("eu-west-1", "/ecs/api", null);
    private static final SnapshotRegion REGION = new SnapshotRegion("eu-west-1");

    private static Snapshot snapshot(List<Object> facts) {
        return new Snapshot("test", null, "eu-west-1", null, facts, List.of(), List.of());
    }

    @Test
    void aTypeSharedBySeveralClassesKeepsInputOrder() {
        LogEvent later = new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t2", Instant.EPOCH, "down");
        Snapshot s = snapshot(List.of(LOG, GROUP, "not regional", later, REGION));

        assertEquals(List.of(LOG, GROUP, later, REGION), s.all(Regional.class));
        assertEquals(List.of(LOG, GROUP, "not regional", later, REGION), s.all(Object.class));
        assertEquals(List.of(LOG, later), s.all(LogEvent.class));
    }

    @Test
    void eachClassKeepsThePositionsOfItsFactsAndTheClassesComeInOrderOfTheirFirst() {
        LogEvent later = new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t2", Instant.EPOCH, "down");
        Snapshot s = snapshot(List.of(GROUP, LOG, "not regional", later, REGION));

        assertEquals(List.of(LogGroup.class, LogEvent.class, String.class, SnapshotRegion.class), s.factClasses());
        assertArrayEquals(new int[] {1, 3}, s.positionsOf(LogEvent.class));
        assertArrayEquals(new int[0], s.positionsOf(EcsTask.class));
        assertArrayEquals(new int[0], s.positionsOf(Regional.class), "exactly the class: an interface has no facts of its own");
        s.positionsOf(LogEvent.class)[0] = 3;
        assertArrayEquals(new int[] {1, 3}, s.positionsOf(LogEvent.class), "a copy");
    }

    @Test
    void aTypeWithoutFactsIsEmptyAndEachTypeIsFoundOnce() {
        Snapshot s = snapshot(List.of(LOG, GROUP));

        assertEquals(List.of(), s.all(EcsTask.class));
        assertSame(s.all(LogGroup.class), s.all(LogGroup.class));
    }

    @Test
    void anIndexAskedForWhileAnotherThreadBuildsItIsBuiltOnceAndShared() throws Exception {
        Snapshot s = snapshot(List.of(LOG, GROUP));
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<Snapshot, StringBuilder> build = snap -> {
            builds.incrementAndGet();
            building.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new StringBuilder("index of " + snap.facts().size());
        };
        FutureTask<StringBuilder> first = new FutureTask<>(() -> s.index(StringBuilder.class, build));
        new Thread(first).start();
        assertTrue(building.await(10, TimeUnit.SECONDS));
        FutureTask<StringBuilder> second = new FutureTask<>(() -> s.index(StringBuilder.class, build));
        new Thread(second).start();
        Thread.sleep(50); // the second asks while the first still builds
        release.countDown();

        assertSame(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
        assertEquals(1, builds.get());
        assertEquals("index of 2", s.index(StringBuilder.class, build).toString());
    }
}
