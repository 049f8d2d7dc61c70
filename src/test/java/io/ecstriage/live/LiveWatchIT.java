package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.cli.Main;
import io.ecstriage.cli.Terminal;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.PortMapping;

/**
 * `watch` follows a deployment of orders-api:2, whose image tag v2 was never pushed (v1, which orders-api:1 ran, was),
 * while the test stops the deployment's tasks with the real pull error a few seconds apart, as ECS would. The root
 * cause must be printed in the first poll that sees a stopped task (its full collection may already see the next one). moto does not launch a service's tasks
 * nor fail their pulls, so the test runs and stops them itself (run-task needs container memory on Fargate in moto).
 * Run by bench/watch.sh, which reads the BENCH line this test prints.
 */
class LiveWatchIT {
    static final String REGION = "eu-west-1";
    static final String CLUSTER = "orders";
    static final String SERVICE = "orders-api";
    static final int INTERVAL = 2;
    static final Pattern POLL = Pattern.compile("^\\[(\\d\\d:\\d\\d:\\d\\d)\\] poll (\\d+): .*?(\\d+) stopped.*\\((\\d+) calls\\)$");

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;

    /** Output that remembers when a text first appeared in it. */
    static final class Timed extends StringWriter {
        volatile long causeAt;

        @Override
        public void write(String s, int off, int len) {
            super.write(s, off, len);
            if (causeAt == 0 && s.substring(off, off + len).contains("root cause found")) causeAt = System.nanoTime();
        }
    }

    @Test
    void theRootCauseIsPrintedInThePollThatFirstSeesAStoppedTask() throws Exception {
        Emulated aws = new Emulated(moto, REGION);
        Emulated.Network net = aws.network("10.61", "a", "b");
        String sg = aws.securityGroup(net.vpcId(), "orders-sg");
        String repo = Emulated.ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com/orders-api";
        aws.pushImage(REGION, "orders-api", "v1");
        try (EcsClient ecs = aws.ecs()) {
            ecs.createCluster(b -> b.clusterName(CLUSTER));
            for (String tag : List.of("v1", "v2")) {
                ecs.registerTaskDefinition(b -> b.family("orders-api").networkMode(NetworkMode.AWSVPC)
                        .requiresCompatibilities(Compatibility.FARGATE).cpu("256").memory("512")
                        .executionRoleArn("arn:aws:iam::" + Emulated.ACCOUNT + ":role/ecsTaskExecutionRole")
                        .containerDefinitions(ContainerDefinition.builder().name("api").essential(true).memory(512)
                                .image(repo + ":" + tag).portMappings(PortMapping.builder().containerPort(8080).build()).build()));
            }
            ecs.createService(b -> b.cluster(CLUSTER).serviceName(SERVICE).taskDefinition("orders-api:2").desiredCount(1)
                    .launchType(LaunchType.FARGATE).networkConfiguration(Emulated.awsvpc(net.subnets().get(0), sg)));
        }
        Timed out = new Timed();
        StringWriter err = new StringWriter();
        long begun = System.nanoTime();
        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"watch", "--cluster", CLUSTER,
                "--service", SERVICE, "--interval", String.valueOf(INTERVAL), "--until-finding", "--region", REGION,
                "--endpoint-url", moto.endpoint()}, new PrintWriter(out, true), new PrintWriter(err, true), InputStream.nullInputStream(),
                new Terminal(false, Emulated.ENV)));
        long deadline = System.nanoTime() + 120_000_000_000L; // a cold JVM on a busy machine takes a while to start polling
        while (!out.toString().contains("] poll 2: ") && !watch.isDone() && System.nanoTime() < deadline) Thread.sleep(100);
        assertTrue(out.toString().contains("] poll 2: "), "two quiet polls before any task stops: " + out + err);
        String reason = "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref "
                + repo + ":v2: " + repo + ":v2: not found";
        List<Long> stoppedAt = new ArrayList<>();
        for (int i = 0; i < 3 && !watch.isDone(); i++) {
            aws.stoppedTasks(CLUSTER, SERVICE, "orders-api:2", net.subnets().get(0), sg, List.of(reason));
            stoppedAt.add(System.nanoTime());
            Thread.sleep(4000);
        }
        int exit = watch.get(120, TimeUnit.SECONDS);
        long end = System.nanoTime();
        String text = out.toString();
        assertEquals(1, exit, text + err);

        List<String> lines = text.lines().toList();
        int found = -1;
        for (int i = 0; i < lines.size() && found < 0; i++) if (lines.get(i).contains("root cause found after")) found = i;
        assertTrue(found > 0, text);
        assertTrue(lines.get(found + 3).startsWith("#1 ImageNotFound"), text);
        Matcher causePoll = POLL.matcher(lines.get(found - 1));
        assertTrue(causePoll.matches(), lines.get(found - 1));
        assertTrue(Integer.parseInt(causePoll.group(3)) >= 1, "printed in the poll that saw the first stopped task: " + text);
        assertTrue(lines.subList(0, found - 1).stream().allMatch(l -> l.contains(" 0 stopped")), "earlier polls saw none: " + text);
        assertTrue(text.contains("Changed since last healthy:") && text.contains("api image.tag: v1"), text);
        assertTrue(text.contains("aws ecs update-service --cluster orders --service orders-api --task-definition orders-api:1"), text);

        int calls = 0;
        int cheap = 0;
        int cheapPolls = 0;
        for (String l : lines) {
            Matcher m = POLL.matcher(l);
            if (!m.matches()) continue;
            calls += Integer.parseInt(m.group(4));
            if (m.group(3).equals("0")) {
                cheap += Integer.parseInt(m.group(4));
                cheapPolls++;
            }
        }
        double minutes = (end - begun) / 60e9;
        System.out.printf(java.util.Locale.ROOT, "BENCH watch: first stopped task -> cause printed %.2f s (interval %d s); %d calls in %.2f min"
                        + " = %.0f calls/min overall; quiet polls %.1f calls each = %.0f calls/min at the default 10 s interval%n",
                (out.causeAt - stoppedAt.get(0)) / 1e9, INTERVAL, calls, minutes, calls / minutes, cheap / (double) cheapPolls,
                cheap / (double) cheapPolls * 6);
        System.out.println("TRANSCRIPT\n" + text + "END TRANSCRIPT");
    }
}
