package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.model.EcsContainer;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TaskDefinition;
import io.ecstriage.model.TextSignal;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * A rule whose path needs a pattern no fact passes into cannot fire ({@link RulePath}), and the screen gives its part
 * none of the facts that would only enter it: each rule here is alone in its rule base, so what the screen admits
 * tells whether it can fire.
 */
class RulePathTest {
    private static final String ARN = "arn:aws:ecs:eu-west-1:111122223333:task/c/0123";
    private static final String TD = "arn:aws:ecs:eu-west-1:111122223333:task-definition/app:1";

    private static KieBase ruleBase(String when) {
        String drl = """
                package io.ecstriage.rules.test;
                import io.ecstriage.model.*;
                rule "R"
                when
                """ + when + """
                then
                end
                """;
        return new KieHelper().addContent(drl, ResourceType.DRL).build(ExecutableModelProject.class);
    }

    private static List<Object> admitted(KieBase ruleBase, Object... facts) {
        Snapshot snapshot = new Snapshot("t.json", null, "eu-west-1", null, List.of(facts), List.of(), List.of());
        return new PartScreen(ruleBase).admitted(snapshot, List.of());
    }

    private static EcsTask task() {
        return new EcsTask("eu-west-1", ARN, "0123", "arn:aws:ecs:eu-west-1:111122223333:cluster/c", TD, "service:api",
                "STOPPED", "STOPPED", "EssentialContainerExited", "Essential container in task exited", null, null, "FARGATE",
                "eu-west-1a", "subnet-1", null, null, null, List.of(), null);
    }

    private static TextSignal reason(String text) {
        return TextSignal.of(TextSignal.Origin.STOPPED_TASK, ARN, text, null);
    }

    @Test
    void aJoinWithoutAFactLeavesTheRuleDead() {
        KieBase join = ruleBase("$t : EcsTask( $arn : taskArn )\n TextSignal( ref == $arn, says(\"exec format\") )\n");
        EcsTask task = task();
        TextSignal execFormat = reason("exec format error");
        assertEquals(List.of(), admitted(join, task, reason("OutOfMemoryError")), "no text says it: the task is joined for nothing");
        assertEquals(List.of(task, execFormat), admitted(join, task, execFormat));
    }

    @Test
    void aNotOfAPatternWithoutAFactLetsEveryTupleThrough() {
        KieBase not = ruleBase("$t : EcsTask( $arn : taskArn )\n not TextSignal( ref == $arn, says(\"exec format\") )\n");
        EcsTask task = task();
        assertEquals(List.of(task), admitted(not, task));
    }

    @Test
    void existsOfEitherNeedsAFactInOneBranch() {
        // exists (A or B) compiles to not (not A and not B): a group of patterns, each a not
        KieBase either = ruleBase("$t : EcsTask( $arn : taskArn )\n exists ( TextSignal( ref == $arn, says(\"exec format\") )"
                + " or EcsContainer( taskArn == $arn, exitCode == 139 ) )\n");
        EcsTask task = task();
        EcsContainer crashed = container(139);
        TextSignal execFormat = reason("exec format error");
        assertEquals(List.of(), admitted(either, task, container(0)), "neither branch has a fact");
        assertEquals(List.of(task, crashed), admitted(either, task, crashed));
        assertEquals(List.of(task, execFormat), admitted(either, task, execFormat));
    }

    @Test
    void anExistsOfAGroupNeedsAFactInEachOfItsPatterns() {
        KieBase both = ruleBase("$t : EcsTask( $arn : taskArn )\n exists ( EcsContainer( taskArn == $arn, exitCode == 139 )"
                + " and TextSignal( ref == $arn, says(\"segmentation\") ) )\n TaskDefinition( arn == $t.taskDefinitionArn )\n");
        EcsTask task = task();
        EcsContainer crashed = container(139);
        TextSignal segfault = reason("segmentation fault");
        TaskDefinition td = taskDefinition();
        assertEquals(List.of(), admitted(both, task, crashed, td), "no text of the group");
        assertEquals(List.of(task, crashed, segfault, td), admitted(both, task, crashed, segfault, td));
        assertEquals(List.of(), admitted(both, task, crashed, segfault), "no task definition to join");
    }

    private static EcsContainer container(int exitCode) {
        return new EcsContainer("eu-west-1", ARN, "0123", "app", "app:latest", "STOPPED", exitCode, null, null);
    }

    private static TaskDefinition taskDefinition() {
        return new TaskDefinition("eu-west-1", TD, "app", 1, "256", "512", "awsvpc", null, null, null, List.of("FARGATE"));
    }
}
