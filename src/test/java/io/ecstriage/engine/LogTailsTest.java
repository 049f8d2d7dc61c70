package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.model.LogEvent;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TaskLogTail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTailsTest {
    @Test
    void aLongStreamsTailIsItsLastLinesInTimeOrderWhateverTheEventsHold() {
        List<Object> facts = new ArrayList<>();
        List<String> all = new ArrayList<>();
        // 300 events out of time order, some of several lines (one of them across the tail's start)
        for (int i = 299; i >= 0; i--) {
            String message = i % 7 == 3 ? "event " + i + " line a\nevent " + i + " line b\r\nevent " + i + " line c" : "event " + i;
            facts.add(new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t1", Instant.ofEpochSecond(i), message));
        }
        for (int i = 0; i < 300; i++) {
            all.addAll(List.of((i % 7 == 3 ? "event " + i + " line a\nevent " + i + " line b\r\nevent " + i + " line c" : "event " + i).split("\\R")));
        }

        List<TaskLogTail> tails = new TaskFailureFacts(new Snapshot("t.json", null, "eu-west-1", null, facts, List.of(), List.of())).logTails();

        assertEquals(1, tails.size());
        assertEquals(all.subList(all.size() - TaskFailureFacts.LOG_TAIL_LINES, all.size()), tails.get(0).lastLines());
        assertEquals("t1", tails.get(0).taskId());
    }

    @Test
    void aShortStreamIsWholeAndFewerEventsThanTheTailAreRead() {
        List<Object> facts = List.of(new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t2", Instant.ofEpochSecond(2), "second\nthird"),
                new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t2", Instant.ofEpochSecond(1), "first"));

        List<TaskLogTail> tails = new TaskFailureFacts(new Snapshot("t.json", null, "eu-west-1", null, facts, List.of(), List.of())).logTails();

        assertEquals(List.of("first", "second", "third"), tails.get(0).lastLines());
    }

    @Test
    void eventsAreSortedByTimeWithThoseWithoutOneFirstAndEqualTimesInInputOrder() {
        Instant five = Instant.ofEpochSecond(5);
        List<Object> facts = List.of(new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t3", five, "a"),
                new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t3", null, "b"),
                new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t3", five, "c"),
                new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t3", Instant.ofEpochSecond(1), "d"),
                new LogEvent("eu-west-1", "/ecs/api", "ecs/app/t3", null, "e"));
        LogIndex logs = LogIndex.of(new Snapshot("t.json", null, "eu-west-1", null, facts, List.of(), List.of()));

        int[] positions = {0, 1, 2, 3, 4};
        logs.sortByTime(positions, positions.length);
        assertEquals(List.of(1, 4, 3, 0, 2), java.util.Arrays.stream(positions).boxed().toList());

        int[] inOrder = {1, 3, 0, 2, 4};
        logs.sortByTime(inOrder, 4); // only the first four: already in time order, and the last left where it is
        assertEquals(List.of(1, 3, 0, 2, 4), java.util.Arrays.stream(inOrder).boxed().toList());
    }
}
