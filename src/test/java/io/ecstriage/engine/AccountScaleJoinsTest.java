package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.model.SecurityGroup;
import io.ecstriage.model.Subnet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftTupleSink;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/**
 * Security groups and subnets come by the hundred in a large account, as do the services that name them. A rule that
 * tested each one against a service's list (`$groups contains groupId`) joined every service with every group: no
 * index serves such a test. Every join of either now goes through an indexed id (docs/reliability.md, ninth round);
 * a node with no join condition at all (a `not` of any full subnet, a collect of every subnet) is another shape.
 */
class AccountScaleJoinsTest {
    @Test
    void everyJoinOfASecurityGroupOrASubnetIsIndexed() {
        List<String> joins = new ArrayList<>();
        List<String> unindexed = new ArrayList<>();
        for (BetaNode join : joinsOf(ruleBase(), List.of(SecurityGroup.class, Subnet.class))) {
            if (join.getRawConstraints().isEmpty()) continue;
            String rules = join.getClass().getSimpleName() + " of " + Arrays.stream(join.getAssociatedRules()).map(Rule::getName).sorted().toList();
            joins.add(rules);
            if (!join.getRawConstraints().isIndexed()) unindexed.add(rules);
        }
        assertTrue(joins.size() >= 10, "the walk finds the joins of the subnet and security-group rules: " + joins);
        assertEquals(List.of(), unindexed);
    }

    private static InternalRuleBase ruleBase() {
        ClassLoader loader = AccountScaleJoinsTest.class.getClassLoader();
        List<String> names = RuleEngine.modelClassNames(loader);
        List<InternalKnowledgeBase> parts = new RuleBaseBuild(names.size(), i -> RuleEngine.newModel(loader, names.get(i)),
                () -> RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader), PhaseTimes.off()).build(false, 1);
        return parts.get(0);
    }

    /** The beta nodes whose facts from the right are of one of `types`, found by walking the network from its object types. */
    private static List<BetaNode> joinsOf(InternalRuleBase ruleBase, List<Class<?>> types) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> queue = new ArrayDeque<>(ruleBase.getRete().getObjectTypeNodes());
        List<BetaNode> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            Object node = queue.poll();
            if (!seen.add(node)) continue;
            if (node instanceof ObjectSource source) queue.addAll(Arrays.asList(source.getObjectSinkPropagator().getSinks()));
            if (node instanceof LeftTupleSource source) queue.addAll(Arrays.asList(source.getSinkPropagator().getSinks()));
            if (node instanceof BetaNode join) {
                ObjectTypeNode otn = join.getRightInput().getObjectTypeNode();
                if (otn != null && otn.getObjectType() instanceof ClassObjectType c && types.contains(c.getClassType())) out.add(join);
            }
        }
        return out;
    }
}
