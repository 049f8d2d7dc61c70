package io.ecstriage.engine;

import io.ecstriage.model.LogEvent;
import io.ecstriage.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The snapshot's log events grouped once for every derivation that reads them (log tails, start-up times, listening
 * ports): a large account has hundreds of thousands of events, and grouping them again per derivation dominated.
 * Events are kept as positions in input order; each message is lower-cased once, when first asked for.
 */
final class LogIndex {
    private final List<LogEvent> events;
    private final String[] lower;
    /** Each message's {@link LogWords} answer once read (0: not yet). */
    private final byte[] said;
    private final Map<String, Positions> byTask = new HashMap<>();
    private final Map<Stream, Positions> byStream = new LinkedHashMap<>();

    /** A log stream of a log group. */
    record Stream(String group, String name) {
        // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
        @Override
        public boolean equals(Object other) {
            return other instanceof Stream o && Objects.equals(group, o.group) && Objects.equals(name, o.name);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(group) + Objects.hashCode(name);
        }
    }

    private LogIndex(Snapshot snapshot) {
        events = snapshot.all(LogEvent.class);
        lower = new String[events.size()];
        said = new byte[events.size()];
        // events come in runs of one stream: the previous event's lists serve the next until the stream changes
        Stream last = null;
        Positions lastTask = null;
        Positions lastStream = null;
        for (int i = 0; i < events.size(); i++) {
            LogEvent e = events.get(i);
            String stream = e.logStream();
            if (stream == null) continue;
            if (last == null || !stream.equals(last.name()) || !Objects.equals(e.logGroup(), last.group())) {
                last = new Stream(e.logGroup(), stream);
                int slash = stream.lastIndexOf('/');
                lastTask = slash < 0 ? null : byTask.computeIfAbsent(stream.substring(slash + 1), k -> new Positions());
                lastStream = null;
            }
            if (lastTask != null) lastTask.add(i);
            if (e.message() == null) continue;
            if (lastStream == null) lastStream = byStream.computeIfAbsent(last, k -> new Positions());
            lastStream.add(i);
        }
    }

    /** The index of `snapshot`, built on first use and shared by every derivation of it (it reads only the facts). */
    static LogIndex of(Snapshot snapshot) {
        return snapshot.index(LogIndex.class, LogIndex::new);
    }

    LogEvent event(int position) {
        return events.get(position);
    }

    /** The event's message in lower case (Locale.ROOT), or null without a message. */
    String lowerMessage(int position) {
        String l = lower[position];
        if (l == null && events.get(position).message() != null) {
            l = events.get(position).message().toLowerCase(Locale.ROOT);
            lower[position] = l;
        }
        return l;
    }

    /** What the event's message may say ({@link LogWords}), read on first use; 0 without a message. */
    int said(int position) {
        int s = said[position];
        if (s == 0 && events.get(position).message() != null) {
            s = LogWords.of(events.get(position).message());
            said[position] = (byte) s; // the same answer from any thread: a race only reads it twice
        }
        return s;
    }

    /** Positions of the events of a task's streams (awslogs names them PREFIX/CONTAINER/TASK_ID), in input order. */
    Positions ofTask(String taskId) {
        return byTask.getOrDefault(taskId, Positions.NONE);
    }

    /** Positions of the events with a message, by stream in order of each stream's first such event, in input order. */
    Map<Stream, Positions> streams() {
        return byStream;
    }

    /**
     * Sorts the first `n` of `positions` by their events' time (an event without one first), keeping input order among
     * equal times, as a stable sort does. A stream's events nearly always come in time order: checked first, in one pass.
     */
    void sortByTime(int[] positions, int n) {
        for (int i = 1; i < n; i++) {
            if (timeOf(positions[i]).isBefore(timeOf(positions[i - 1]))) {
                List<Integer> boxed = new ArrayList<>(n);
                for (int k = 0; k < n; k++) boxed.add(positions[k]);
                boxed.sort(Comparator.comparing(this::timeOf)); // stable
                for (int k = 0; k < n; k++) positions[k] = boxed.get(k);
                return;
            }
        }
    }

    private Instant timeOf(int position) {
        Instant t = events.get(position).timestamp();
        return t != null ? t : Instant.MIN;
    }
}
