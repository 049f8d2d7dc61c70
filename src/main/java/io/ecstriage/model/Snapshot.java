package io.ecstriage.model;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Everything known about one deployment: the facts the rules match on, and what could not be read. */
public record Snapshot(String inputName, String description, String region, Instant capturedAt, List<Object> facts,
                       List<String> recognisedInputs, List<IgnoredInput> ignoredInputs) implements Regional {

    public Snapshot {
        facts = FactList.of(facts);
        recognisedInputs = List.copyOf(recognisedInputs);
        ignoredInputs = List.copyOf(ignoredInputs);
    }

    /** The facts of one type, in input order; found once per type (see {@link FactList}). */
    public <T> List<T> all(Class<T> type) {
        return ((FactList) facts).ofType(type);
    }

    /** The classes of its facts, in order of their first fact. */
    public List<Class<?>> factClasses() {
        return ((FactList) facts).classes();
    }

    /** The positions in {@link #facts()} of the facts of exactly this class, ascending (a copy; none: empty). */
    public int[] positionsOf(Class<?> type) {
        return ((FactList) facts).positionsOf(type);
    }

    /** An index of the facts that several derivations share (log events by task, say), built once by `build`. */
    public <T> T index(Class<T> type, Function<Snapshot, T> build) {
        return ((FactList) facts).index(type, () -> build.apply(this));
    }
}
