package io.ecstriage.finding.symptom;

import io.ecstriage.model.Arns;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.FailedCommand;
import io.ecstriage.model.PlacementFailure;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.TargetHealth;
import io.ecstriage.model.TextSignal;

/** Stable ids for the facts that are symptoms, shared by the rules and the symptom index. */
public final class SymptomIds {
    private SymptomIds() {}

    public static String of(Object fact) {
        if (fact instanceof EcsTask t) return "task:" + t.taskId();
        if (fact instanceof TargetHealth h) return "target:" + Arns.targetGroupName(h.targetGroupArn()) + "/" + h.label();
        if (fact instanceof ServiceDeployment d) return "deployment:" + d.id();
        if (fact instanceof EcsService s) return service(s.serviceKey());
        if (fact instanceof StackEvent e) return "stack-event:" + e.stackName() + "/" + e.logicalId();
        if (fact instanceof FailedCommand c) return "command:" + c.command();
        if (fact instanceof PlacementFailure p) return "placement:" + (p.arn() != null ? p.arn() : p.command()) + "/" + p.reason();
        if (fact instanceof TextSignal s && s.origin() == TextSignal.Origin.PASTED) return "text:" + s.ref();
        return null;
    }

    /** A service's symptom id: its full identity, since one account often runs a service of the same name per cluster. */
    public static String service(String serviceKey) {
        return serviceKey == null ? null : "service:" + serviceKey;
    }
}
