package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.ingest.Capture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which of the open hypotheses' checks a live run makes by itself, with a fake of the collectors' reads. */
class HypothesisSettlerTest {
    static final String R = "eu-west-1";
    CheckReads reads = mock(CheckReads.class);
    Fanout fanout = new Fanout(4);
    HypothesisSettler settler = new HypothesisSettler(Collector.all(null, null), reads, fanout, R);

    @AfterEach
    void close() {
        fanout.close();
    }

    static AwsCall taskDefinition(String ref) {
        return AwsCall.of("ecs", "describe-task-definition").with("--task-definition", ref).in(R);
    }

    @Test
    void makesDeclaredFilledReadsAndSkipsTheRest() {
        when(reads.run(any())).thenReturn(true);
        AwsCall filled = taskDefinition("web:3");
        AwsCall placeholder = taskDefinition("FAMILY:REVISION");
        AwsCall undeclared = AwsCall.of("secretsmanager", "describe-secret").with("--secret-id", "arn:aws:secretsmanager:eu-west-1:1:secret:x").in(R);
        AwsCall filtered = AwsCall.of("ec2", "describe-route-tables").with("--filters", "Name=association.subnet-id,Values=subnet-1").in(R);
        AwsCall role = AwsCall.of("iam", "list-attached-role-policies").with("--role-name", "exec");
        List<AwsCall> made = settler.settle(List.of(filled, placeholder, undeclared, filtered, role, filled), List.of());
        assertEquals(List.of(filled, role.in(R)), made, "a check without a Region is made in the session's");
        verify(reads, times(1)).run(filled);
        verify(reads, never()).run(placeholder);
        verify(reads, never()).run(undeclared);
        verify(reads, never()).run(filtered);
    }

    @Test
    void aReadTheCollectionAlreadyMadeIsNotMadeAgain() {
        var output = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        AwsCall byArn = taskDefinition("arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3");
        AwsCall batch = AwsCall.of("ecs", "describe-tasks").with("--cluster", "shop").withAll("--tasks", List.of("a1", "b2", "c3")).in(R);
        List<Capture> captures = List.of(new Capture(null, byArn.render(), R, output, null), new Capture(null, batch.render(), R, output, null));
        AwsCall oneTask = AwsCall.of("ecs", "describe-tasks").with("--cluster", "arn:aws:ecs:eu-west-1:111122223333:cluster/shop")
                .withAll("--tasks", List.of("b2")).in(R);
        AwsCall otherTask = AwsCall.of("ecs", "describe-tasks").with("--cluster", "shop").withAll("--tasks", List.of("d4")).in(R);
        assertEquals(List.of(otherTask), settler.plan(List.of(taskDefinition("web:3"), oneTask, otherTask), captures),
                "family:revision is the ARN read; one task of a batch read is read");
        List<Capture> failed = List.of(new Capture(null, byArn.render(), R, null, "An error occurred (ServerException) …"));
        assertEquals(List.of(taskDefinition("web:3")), settler.plan(List.of(taskDefinition("web:3")), failed),
                "a read that failed with a service error may answer this time");
    }

    @Test
    void anOperationTheCollectionWasRefusedIsNotAskedAgain() {
        var error = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("code", "AccessDeniedException");
        List<Capture> captures = List.of(new Capture(null, taskDefinition("arn:aws:ecs:eu-west-1:1:task-definition/web:3").render(), R, null, null, error));
        assertEquals(List.of(), settler.plan(List.of(taskDefinition("web:3")), captures));
    }

    @Test
    void atMostTenReads() {
        when(reads.run(any())).thenReturn(true);
        List<AwsCall> checks = new ArrayList<>();
        for (int i = 1; i <= 14; i++) checks.add(taskDefinition("web:" + i));
        List<AwsCall> made = settler.settle(checks, List.of());
        assertEquals(HypothesisSettler.MAX_CALLS, made.size());
        assertEquals(checks.subList(0, 10), made, "the likeliest hypotheses' checks first");
        verify(reads, times(10)).run(any());
    }

    @Test
    void aCheckNoCollectorMethodTakesIsNotCounted() {
        AwsCall byName = AwsCall.of("elbv2", "describe-target-groups").with("--names", "web-tg").in(R);
        when(reads.run(any())).thenReturn(false);
        assertEquals(List.of(), settler.settle(List.of(byName), List.of()));
    }

    @Test
    void theCollectorsReadsRecordTheCheckAsTheCollectionWould() {
        io.ecstriage.aws.AwsClients aws = mock(io.ecstriage.aws.AwsClients.class);
        WireAnswers wire = new WireAnswers().on("logs", "GetLogEvents", "{\"events\":[]}");
        when(aws.wire()).thenReturn(wire.wire);
        Recorder rec = new Recorder(Progress.off());
        AwsCall tail = AwsCall.of("logs", "get-log-events").with("--log-group-name", "/ecs/web").with("--log-stream-name", "ecs/web/abc").in(R);
        assertEquals(true, CheckReads.of(aws, rec).run(tail));
        assertEquals("aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/abc --limit 50 --region eu-west-1",
                rec.captures().get(0).command());
    }
}
