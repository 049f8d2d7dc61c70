package io.ecstriage.repl;

import io.ecstriage.collect.Target;
import io.ecstriage.ingest.Capture;
import java.util.List;

/**
 * A connected AWS account the doctor session reads from; the live collectors implement it. Every call is
 * read-only (Describe/List/Get). Blocking calls must honour {@link Thread#interrupt()}: Ctrl-C in the session
 * interrupts the thread running them, and they then throw {@link InterruptedException}.
 */
public interface EvidenceSource extends AutoCloseable {

    /** One line saying what is connected, e.g. "account 111122223333 (profile dev, eu-west-1)". */
    String describe();

    /** Names for tab completion after `use KIND` (stacks, clusters, services), from a cache: must not block long. */
    List<String> names(Scope.Kind kind);

    /** Everything the collectors gather about the scope (`refresh`, `use`, --stack/--cluster/--service), as captures. */
    List<Capture> collect(Scope scope) throws InterruptedException;

    /**
     * What the doctor's start options name, which a scope may not (several --service, --amplify-app); a source
     * that only knows scopes reads the scope of it.
     */
    default List<Capture> collect(Target target) throws InterruptedException {
        return collect(Scope.of(target));
    }

    /**
     * Runs one read-only `aws …` command line (what `next` proposes; `check`) and returns its output, or its error
     * as a text capture with the command. Anything that is not a Describe/List/Get call must be refused.
     */
    Capture run(String awsCommand) throws InterruptedException;

    @Override
    default void close() {}
}
