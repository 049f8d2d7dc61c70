package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ecstriage.model.LogEvent;
import io.ecstriage.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogIndexTest {
    private static LogEvent event(String group, String stream, String message) {
        return new LogEvent("eu-west-1", group, stream, Instant.EPOCH, message);
    }

    private static List<Integer> list(Positions positions) {
        return java.util.Arrays.stream(positions.toArray()).boxed().toList();
    }

    private static Snapshot snapshot(List<Object> facts) {
        return new Snapshot("t.json", null, "eu-west-1", null, facts, List.of(), List.of());
    }

    @Test
    void interleavedStreamsAndTwoGroupsWithOneStreamNameAreKeptApart() {
        List<Object> facts = new ArrayList<>();
        facts.add(event("/ecs/api", "ecs/app/t1", null));          // 0: no message: the task's, but no stream line
        facts.add(event("/ecs/web", "ecs/app/t2", "web up"));      // 1
        facts.add(event("/ecs/api", "ecs/app/t1", "api up"));      // 2
        facts.add(event("/ecs/other", "ecs/app/t1", "same name")); // 3: another group, same stream name and task
        facts.add(event("/ecs/web", "ecs/app/t2", "web down"));    // 4
        facts.add(event("/ecs/api", "no-slash", "pasted"));        // 5: no task in the name
        facts.add(event("/ecs/api", null, "no stream"));           // 6
        LogIndex index = LogIndex.of(snapshot(facts));

        assertEquals(List.of(0, 2, 3), list(index.ofTask("t1")));
        assertEquals(List.of(1, 4), list(index.ofTask("t2")));
        assertEquals(List.of(), list(index.ofTask("no-slash")));
        assertEquals(List.of(new LogIndex.Stream("/ecs/web", "ecs/app/t2"), new LogIndex.Stream("/ecs/api", "ecs/app/t1"),
                new LogIndex.Stream("/ecs/other", "ecs/app/t1"), new LogIndex.Stream("/ecs/api", "no-slash")),
                List.copyOf(index.streams().keySet()));
        assertEquals(List.of(1, 4), list(index.streams().get(new LogIndex.Stream("/ecs/web", "ecs/app/t2"))));
        assertEquals(List.of(2), list(index.streams().get(new LogIndex.Stream("/ecs/api", "ecs/app/t1"))));
        assertEquals(null, index.lowerMessage(0));
    }

    @Test
    void messagesAreLowerCasedAndTheIndexIsBuiltOncePerSnapshot() {
        Snapshot s = snapshot(List.of(event("/ecs/api", "ecs/app/t1", "Uvicorn RUNNING on http://0.0.0.0:8000")));

        assertSame(LogIndex.of(s), LogIndex.of(s));
        assertEquals("uvicorn running on http://0.0.0.0:8000", LogIndex.of(s).lowerMessage(0));
    }
}
