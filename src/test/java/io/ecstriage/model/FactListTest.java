package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
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
    void aTypeWithoutFactsIsEmptyAndEachTypeIsFoundOnce() {
        Snapshot s = snapshot(List.of(LOG, GROUP));

        assertEquals(List.of(), s.all(EcsTask.class));
        assertSame(s.all(LogGroup.class), s.all(LogGroup.class));
    }
}
