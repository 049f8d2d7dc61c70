package io.ecstriage.repl.commands;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.ingest.Capture;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.ShellContext;
import io.ecstriage.watch.Poll;
import io.ecstriage.watch.PollSource;
import io.ecstriage.watch.Watcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The CLI's `watch` in the session: polls the selected scope through the connected account; Ctrl-C stops it. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follows the selected stack/service's deployment, polling read-only, and prints the root cause as soon as the evidence confirms one.")
public final class WatchCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "10", description = "Seconds between polls (default 10; doubled on throttling).")
    int intervalSeconds;

    @Option(names = "--until-finding", description = "Stop at the first root cause instead of when the deployment ends.")
    boolean untilFinding;

    public WatchCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (intervalSeconds < 2) throw new UsageError("--interval must be at least 2 seconds");
        if (!ctx.requireSource(null)) return 3;
        var scope = ctx.session().scope();
        if (scope.isEmpty()) throw new UsageError("nothing selected: `use stack|cluster|service NAME` first");
        ctx.out().println("watching " + scope.describe() + " from " + ctx.source().describe() + " every " + intervalSeconds + " s (Ctrl-C stops)");
        ctx.out().flush();
        Clock clock = Clock.systemUTC();
        List<Capture>[] last = new List[] {List.of()};
        PollSource polls = new PollSource() {
            @Override
            public Poll next() throws InterruptedException {
                var at = clock.instant();
                last[0] = ctx.source().collect(scope);
                return new Poll(at, last[0], 0);
            }

            @Override
            public Poll settle(List<AwsCall> checks, List<Capture> made) throws InterruptedException {
                List<Capture> captures = new ArrayList<>();
                for (AwsCall call : checks) captures.add(ctx.source().run(call.render()));
                return new Poll(clock.instant(), captures, captures.size());
            }

            @Override
            public String region() {
                return null;
            }

            @Override
            public String name() {
                return "watch " + scope.describe();
            }

            @Override
            public boolean live() {
                return true;
            }
        };
        Watcher.Outcome o = new Watcher(polls, ctx.session().diagnoser(), new SnapshotBuilder(ctx.json()), ctx.out(), false, ctx.colour(),
                d -> Thread.sleep(d.toMillis()), Duration.ofSeconds(intervalSeconds), untilFinding, scope.stack()).run();
        Ranking.printUpdate(ctx.session().collected(last[0]), ctx);
        return o.report() != null && o.report().problemsFound() ? 1 : 0;
    }
}
