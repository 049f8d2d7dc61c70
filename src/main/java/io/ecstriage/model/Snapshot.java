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

    /** The facts of the classes `accepted` takes, in input order: each class is asked once, no fact is visited. */
    public List<Object> ofClasses(java.util.function.Predicate<Class<?>> accepted) {
        return ((FactList) facts).ofClasses(accepted);
    }

    /** An index of the facts that several derivations share (log events by task, say), built once by `build`. */
    public <T> T index(Class<T> type, Function<Snapshot, T> build) {
        return ((FactList) facts).index(type, () -> build.apply(this));
    }
}
