package io.ecstriage.repl.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.collect.LiveCollector;
import io.ecstriage.collect.LiveSession;
import io.ecstriage.collect.Progress;
import io.ecstriage.collect.Target;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.ingest.Capture;
import io.ecstriage.repl.EvidenceSource;
import io.ecstriage.repl.LiveCollection.LiveCollectionException;
import io.ecstriage.repl.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A connected account: `collect` runs the live collectors over a scope; `run` answers one read-only command
 * by collecting the session's scope again and returning the capture of that command.
 */
final class AwsEvidenceSource implements EvidenceSource {
    private final LiveSession live;
    private final String account;
    private final String profile;
    private final Set<String> stacks = new TreeSet<>();
    private final Set<String> clusters = new TreeSet<>();
    private final Set<String> services = new TreeSet<>();
    private Scope lastScope = Scope.NONE;

    AwsEvidenceSource(LiveSession live, String account, String profile) {
        this.live = live;
        this.account = account;
        this.profile = profile;
    }

    @Override
    public String describe() {
        return "account " + account + " (" + (profile == null ? "default credentials" : "profile " + profile) + ", " + live.region() + ")";
    }

    @Override
    public List<String> names(Scope.Kind kind) {
        return List.copyOf(switch (kind) {
            case stack -> stacks;
            case cluster -> clusters;
            case service -> services;
        });
    }

    @Override
    public List<Capture> collect(Scope scope) throws InterruptedException {
        if (scope.isEmpty()) throw new LiveCollectionException("nothing to collect: use stack|cluster|service NAME first");
        return collect(scope.target());
    }

    @Override
    public List<Capture> collect(Target target) throws InterruptedException {
        Scope scope = Scope.of(target);
        // collection runs on its own thread so Ctrl-C (an interrupt of this one) cancels the wait at once
        CompletableFuture<LiveCollector.Result> run = CompletableFuture.supplyAsync(() -> live.collect(target, Progress.off()));
        try {
            LiveCollector.Result result = run.get();
            lastScope = scope;
            remember(scope);
            List<Capture> captures = result.parsed("live " + scope.describe()).captures();
            captures.forEach(this::rememberNames);
            return captures;
        } catch (InterruptedException e) {
            run.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new LiveCollectionException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }

    @Override
    public Capture run(String awsCommand) throws InterruptedException {
        AwsCall cmd = AwsCall.parse(awsCommand);
        if (cmd == null) throw new LiveCollectionException("not an aws command: " + awsCommand);
        if (!cmd.operation().matches("(describe|list|get|filter)-.*")) {
            throw new LiveCollectionException("refused: aws " + cmd.service() + " " + cmd.operation() + " is not a read");
        }
        List<Capture> collected = collect(lastScope);
        String prefix = "aws " + cmd.service() + " " + cmd.operation();
        List<Capture> matching = new ArrayList<>();
        for (Capture c : collected) if (c.command() != null && c.command().startsWith(prefix)) matching.add(c);
        if (matching.isEmpty()) {
            return new Capture("check", awsCommand, live.region(), null,
                    "the collectors do not read " + prefix + " for " + lastScope.describe() + "; run it by hand and paste its output");
        }
        return matching.get(0);
    }

    private void remember(Scope scope) {
        if (scope.stack() != null) stacks.add(scope.stack());
        if (scope.cluster() != null) clusters.add(scope.cluster());
        if (scope.service() != null) services.add(scope.service());
    }

    private void rememberNames(Capture c) {
        JsonNode out = c.output();
        if (out == null) return;
        out.path("services").forEach(s -> {
            if (s.hasNonNull("serviceName")) services.add(s.get("serviceName").asText());
        });
        out.path("clusters").forEach(s -> {
            if (s.hasNonNull("clusterName")) clusters.add(s.get("clusterName").asText());
        });
        out.path("Stacks").forEach(s -> {
            if (s.hasNonNull("StackName")) stacks.add(s.get("StackName").asText());
        });
    }

    @Override
    public void close() {
        live.close();
    }
}
