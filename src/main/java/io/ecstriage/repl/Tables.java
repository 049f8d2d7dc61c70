package io.ecstriage.repl;

import io.ecstriage.model.Arns;
import io.ecstriage.model.EcsContainer;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.LogEvent;
import io.ecstriage.model.LogGroup;
import io.ecstriage.model.SecurityGroup;
import io.ecstriage.model.SecurityGroupRule;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.ServiceEvent;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.Stack;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.StackResource;
import io.ecstriage.model.Subnet;
import io.ecstriage.model.TargetGroup;
import io.ecstriage.model.TargetHealth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The tables of `show`: the snapshot's facts of one kind, one row each. */
public final class Tables {
    /** What `show` can show, as typed. */
    public enum Kind {
        tasks, targets, security_groups("security-groups"), subnets, events, logs, stack;

        private final String label;

        Kind() {
            this.label = name();
        }

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Kind of(String s) {
            for (Kind k : values()) if (k.label.equalsIgnoreCase(s) || k.name().equalsIgnoreCase(s)) return k;
            throw new IllegalArgumentException("no table '" + s + "' (" + labels() + ")");
        }

        public static String labels() {
            return java.util.Arrays.stream(values()).map(Kind::label).collect(Collectors.joining(", "));
        }
    }

    private static final int CELL = 90;

    private Tables() {}

    public static Table of(Kind kind, Snapshot s) {
        return switch (kind) {
            case tasks -> tasks(s);
            case targets -> targets(s);
            case security_groups -> securityGroups(s);
            case subnets -> subnets(s);
            case events -> events(s);
            case logs -> logs(s);
            case stack -> stack(s);
        };
    }

    static Table tasks(Snapshot s) {
        Table t = new Table(CELL, "TASK", "STATUS", "TASK DEF", "AZ", "IP", "STOP CODE", "STOPPED", "REASON");
        for (EcsTask x : s.all(EcsTask.class).stream().sorted(Comparator.comparing(EcsTask::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            String containers = x.containers().stream().filter(c -> c.exitCode() != null || c.reason() != null)
                    .map(Tables::container).collect(Collectors.joining("; "));
            String reason = x.stoppedReason() != null ? x.stoppedReason() : "";
            if (!containers.isEmpty()) reason = reason.isEmpty() ? containers : reason + " | " + containers;
            t.row(x.taskId(), x.lastStatus() + (x.desiredStatus() != null && !x.desiredStatus().equals(x.lastStatus()) ? "→" + x.desiredStatus() : ""),
                    Arns.taskDefinitionRef(x.taskDefinitionArn()), x.availabilityZone(), x.privateIp(), x.stopCode(), time(x.stoppedAt()), reason);
        }
        return t;
    }

    private static String container(EcsContainer c) {
        return c.name() + (c.exitCode() != null ? " exit " + c.exitCode() : "") + (c.reason() != null ? ": " + c.reason() : "");
    }

    static Table targets(Snapshot s) {
        Table t = new Table(CELL, "TARGET", "STATE", "REASON", "AZ", "TARGET GROUP", "HEALTH CHECK", "DESCRIPTION");
        List<TargetGroup> groups = s.all(TargetGroup.class);
        for (TargetHealth h : s.all(TargetHealth.class)) {
            TargetGroup g = groups.stream().filter(x -> x.arn() != null && x.arn().equals(h.targetGroupArn())).findFirst().orElse(null);
            String check = g == null ? null : g.healthCheckProtocol() + " " + g.healthCheckPath() + " port " + g.healthCheckPort()
                    + (g.matcher() != null ? " expects " + g.matcher() : "");
            t.row(h.label(), h.state(), h.reason(), h.availabilityZone(),
                    g != null ? g.name() : h.targetGroupArn() != null ? Arns.targetGroupName(h.targetGroupArn()) : null, check, h.description());
        }
        return t;
    }

    static Table securityGroups(Snapshot s) {
        Table t = new Table(CELL, "GROUP", "NAME", "VPC", "DIRECTION", "RULE");
        for (SecurityGroup g : s.all(SecurityGroup.class)) {
            if (g.ingress().isEmpty() && g.egress().isEmpty()) t.row(g.groupId(), g.groupName(), g.vpcId(), "-", "no rules");
            for (SecurityGroupRule r : g.ingress()) t.row(g.groupId(), g.groupName(), g.vpcId(), "in", r.describe());
            for (SecurityGroupRule r : g.egress()) t.row(g.groupId(), g.groupName(), g.vpcId(), "out", r.describe());
        }
        return t;
    }

    static Table subnets(Snapshot s) {
        Table t = new Table(CELL, "SUBNET", "AZ", "CIDR", "VPC", "PUBLIC IP ON LAUNCH");
        for (Subnet x : s.all(Subnet.class)) t.row(x.subnetId(), x.availabilityZone(), x.cidrBlock(), x.vpcId(), x.mapPublicIpOnLaunch());
        return t;
    }

    /** Service events, deployments and stack events, newest first. */
    static Table events(Snapshot s) {
        record Row(Instant at, String source, String status, String message) {}
        List<Row> rows = new ArrayList<>();
        for (ServiceEvent e : s.all(ServiceEvent.class)) rows.add(new Row(e.createdAt(), "service " + e.serviceName(), null, e.message()));
        for (ServiceDeployment d : s.all(ServiceDeployment.class)) {
            rows.add(new Row(d.updatedAt(), "deployment " + d.id(), d.rolloutState() != null ? d.rolloutState() : d.status(),
                    d.failedTasks() + " failed tasks" + (d.rolloutStateReason() != null ? "; " + d.rolloutStateReason() : "")));
        }
        for (StackEvent e : s.all(StackEvent.class)) {
            rows.add(new Row(e.timestamp(), "stack " + e.stackName() + " " + e.logicalId(), e.status(), e.reason()));
        }
        rows.sort(Comparator.comparing(Row::at, Comparator.nullsLast(Comparator.reverseOrder())));
        Table t = new Table(CELL, "TIME", "SOURCE", "STATUS", "MESSAGE");
        for (Row r : rows) t.row(time(r.at()), r.source(), r.status(), r.message());
        return t;
    }

    static Table logs(Snapshot s) {
        Table t = new Table(CELL, "TIME", "GROUP", "STREAM", "MESSAGE");
        for (LogGroup g : s.all(LogGroup.class)) t.row(null, g.name(), null, "(log group exists in " + g.region() + ")");
        s.all(LogEvent.class).stream().sorted(Comparator.comparing(LogEvent::timestamp, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(e -> t.row(time(e.timestamp()), e.logGroup(), e.logStream(), e.message()));
        return t;
    }

    static Table stack(Snapshot s) {
        Table t = new Table(CELL, "STACK", "RESOURCE", "TYPE", "PHYSICAL ID", "STATUS", "REASON");
        for (Stack x : s.all(Stack.class)) t.row(x.stackName(), "(stack)", "AWS::CloudFormation::Stack", x.stackId(), x.status(), x.statusReason());
        for (StackResource r : s.all(StackResource.class)) t.row(r.stackName(), r.logicalId(), r.resourceType(), r.physicalId(), r.status(), null);
        return t;
    }

    static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
