package io.ecstriage.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The launcher's AppCDS training run: one JVM can record only one run, so this one walks both paths
 * (an offline diagnosis of a bundled fixture; live diagnoses of recorded incidents replayed by
 * {@link WarmUpServer}; one against a closed local port, and one read per service client there, with
 * throw-away credentials, for the request pipelines the recording does not reach).
 */
@Command(name = "warm-up", hidden = true, addMethodSubcommands = false, description = "Load the classes of the offline and live paths (AppCDS training); prints nothing.")
final class WarmUpCommand implements Callable<Integer> {
    private final App app;

    @Option(names = "--fixture", paramLabel = "PATH", required = true, description = "A bundled scenario to diagnose.")
    String fixture;

    WarmUpCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Main.run(new String[] {"diagnose", "--fixture", fixture, "--format", "json"}, quiet, quiet,
                InputStream.nullInputStream(), new Terminal(false, Map.of()));
        // a line PlainDiagnoseLine leaves to picocli (an upper-case format), so picocli's way into diagnose is archived too
        Main.run(new String[] {"diagnose", "--fixture", fixture, "--format", "JSON"}, quiet, quiet,
                InputStream.nullInputStream(), new Terminal(false, Map.of()));
        Map<String, String> throwAway = Map.of("AWS_ACCESS_KEY_ID", "warmup", "AWS_SECRET_ACCESS_KEY", "warmup");
        try (WarmUpServer replay = WarmUpServer.start(app.json())) {
            for (int i = 0; replay != null && i < replay.replays(); i++) {
                replay.select(i);
                List<String> args = new ArrayList<>(List.of("diagnose"));
                args.addAll(replay.diagnoseArgs(i));
                args.addAll(List.of("--region", replay.region(), "--endpoint-url", replay.endpoint()));
                Main.run(args.toArray(String[]::new), quiet, quiet, InputStream.nullInputStream(), new Terminal(false, throwAway));
            }
        }
        Main.run(new String[] {"diagnose", "--cluster", "warm-up", "--region", "us-east-1", "--endpoint-url",
                "http://127.0.0.1:9"}, quiet, quiet, InputStream.nullInputStream(), new Terminal(false, throwAway));
        touchEveryClient(throwAway);
        loadTlsClasses();
        return ExitCodes.OK;
    }

    /** The JDK classes an HTTPS run needs (tls-classes.txt: one name a line, `#` comments), which a plain-HTTP replay never touches. */
    static List<String> tlsClassNames() {
        try (InputStream in = WarmUpCommand.class.getResourceAsStream("tls-classes.txt")) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** Loads (without initialising) the {@link #tlsClassNames} this Java has, so the training archives them; returns how many. */
    static int loadTlsClasses() {
        int loaded = 0;
        for (String name : tlsClassNames()) {
            try {
                Class.forName(name, false, ClassLoader.getSystemClassLoader());
                loaded++;
            } catch (ClassNotFoundException | LinkageError notInThisJava) {
                // another Java version's class: nothing to archive
            }
        }
        return loaded;
    }

    /** One read per service against the closed port: loads each protocol's request and error paths (Amplify: the SDK's client). */
    private static void touchEveryClient(Map<String, String> env) {
        String r = "us-east-1";
        try (io.ecstriage.aws.AwsClients aws = io.ecstriage.aws.AwsClients.create(
                new io.ecstriage.aws.AwsOptions(r, null, "http://127.0.0.1:9", env))) {
            var wire = aws.wire();
            java.util.List<Runnable> reads = java.util.List.of(
                    () -> wire.call("ecs", r, "DescribeClusters", Map.of("clusters", List.of("warm-up"))),
                    () -> wire.call("ec2", r, "DescribeSubnets", Map.of("SubnetIds", List.of("subnet-0"))),
                    () -> wire.call("elbv2", r, "DescribeLoadBalancers", Map.of("Names", List.of("warm-up"))),
                    () -> wire.call("logs", r, "DescribeLogGroups", Map.of("logGroupNamePrefix", "/warm-up")),
                    () -> wire.call("ecr", r, "DescribeRepositories", Map.of("repositoryNames", List.of("warm-up"))),
                    () -> wire.call("cloudformation", r, "DescribeStacks", Map.of("StackName", "warm-up")),
                    () -> aws.amplify(r).getApp(b -> b.appId("warm-up")),
                    () -> wire.call("iam", r, "ListRolePolicies", Map.of("RoleName", "warm-up")));
            for (Runnable read : reads) {
                try {
                    read.run();
                } catch (RuntimeException expected) {
                    // the port is closed: only the classes loaded on the way matter
                }
            }
        }
    }
}
