package io.ecstriage.engine;

import io.ecstriage.model.Arns;
import io.ecstriage.model.ContainerCommand;
import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.ContainerHealthCheck;
import io.ecstriage.model.ContainerSettings;
import io.ecstriage.model.EcrImage;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.PortMapping;
import io.ecstriage.model.RevisionChange;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.ServiceEvent;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TaskDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * "Changed since last healthy": for each failing service, the last task-definition revision that reached steady
 * state, diffed field by field with the failing one. Both revisions must be in the snapshot (describe-task-definition
 * of each); otherwise there is nothing to diff and no fact.
 */
public final class RevisionChanges {
    private static final String STEADY = "has reached a steady state";
    private final Snapshot snapshot;
    private final Map<String, TaskDefinition> byRef = new LinkedHashMap<>();
    // Indexes built once so that each service looks up its own deployments, events, tasks and family.
    private final Map<String, List<ServiceDeployment>> deploymentsOf = new HashMap<>();
    private final Map<String, Instant> lastSteadyOf = new HashMap<>();
    private final Map<String, List<EcsTask>> tasksOf = new HashMap<>();
    private final Map<String, List<TaskDefinition>> revisionsOf = new HashMap<>();
    private final Map<Class<?>, Map<List<String>, List<Object>>> indexes = new HashMap<>();

    public RevisionChanges(Snapshot snapshot) {
        this.snapshot = snapshot;
        for (TaskDefinition td : snapshot.all(TaskDefinition.class)) byRef.putIfAbsent(ref(td.arn(), td.ref()), td);
        for (TaskDefinition td : byRef.values()) revisionsOf.computeIfAbsent(td.family(), k -> new ArrayList<>()).add(td);
        for (ServiceDeployment d : snapshot.all(ServiceDeployment.class)) deploymentsOf.computeIfAbsent(d.serviceKey(), k -> new ArrayList<>()).add(d);
        for (ServiceEvent e : snapshot.all(ServiceEvent.class)) {
            if (e.createdAt() != null && e.message() != null && e.message().contains(STEADY)) lastSteadyOf.merge(e.serviceName(), e.createdAt(), (a, b) -> b.isAfter(a) ? b : a);
        }
        for (EcsTask t : snapshot.all(EcsTask.class)) tasksOf.computeIfAbsent(t.serviceKey(), k -> new ArrayList<>()).add(t);
    }

    /** Every change of every failing service whose healthy and failing revisions are both known. */
    public List<RevisionChange> all() {
        List<RevisionChange> out = new ArrayList<>();
        for (EcsService s : snapshot.all(EcsService.class)) {
            List<ServiceDeployment> deployments = deploymentsOf.getOrDefault(s.serviceKey(), List.of());
            TaskDefinition failing = failing(s, deployments);
            if (failing == null) continue;
            Healthy healthy = healthy(s, deployments, failing);
            if (healthy == null) continue;
            new Diff(s, healthy.td, failing, healthy.because, out).run();
        }
        return out;
    }

    private record Healthy(TaskDefinition td, String because) {}

    /** The facts of a type grouped by a key (null parts allowed), in input order; built on first use. One key per type. */
    @SuppressWarnings("unchecked")
    private <T> Map<List<String>, List<T>> index(Class<T> type, Function<T, List<String>> key) {
        return (Map<List<String>, List<T>>) (Map<?, ?>) indexes.computeIfAbsent(type, k -> {
            Map<List<String>, List<T>> m = new HashMap<>();
            for (T t : snapshot.all(type)) m.computeIfAbsent(key.apply(t), x -> new ArrayList<>()).add(t);
            return (Map<List<String>, List<Object>>) (Map<?, ?>) m;
        });
    }

    private TaskDefinition failing(EcsService s, List<ServiceDeployment> deployments) {
        ServiceDeployment bad = deployments.stream().filter(ServiceDeployment::failing)
                .max(Comparator.comparing(d -> d.updatedAt() == null ? Instant.MIN : d.updatedAt())).orElse(null);
        if (bad != null) return td(bad.taskDefinitionArn());
        if (!s.belowDesired()) return null;
        return td(s.taskDefinitionArn());
    }

    /** The deployments list first (a completed or rollback target, an older one still serving), then events, then N-1. */
    private Healthy healthy(EcsService s, List<ServiceDeployment> deployments, TaskDefinition failing) {
        String failingRef = failing.ref();
        for (ServiceDeployment d : deployments) {
            TaskDefinition td = td(d.taskDefinitionArn());
            if (td == null || td.ref().equals(failingRef)) continue;
            if ("COMPLETED".equalsIgnoreCase(d.rolloutState())) {
                boolean rollback = "PRIMARY".equalsIgnoreCase(d.status());
                return new Healthy(td, rollback ? "rollback target (deployment " + d.id() + " COMPLETED)" : "deployment " + d.id() + " COMPLETED");
            }
        }
        for (ServiceDeployment d : deployments) {
            TaskDefinition td = td(d.taskDefinitionArn());
            if (td != null && !td.ref().equals(failingRef) && "ACTIVE".equalsIgnoreCase(d.status()) && d.runningCount() > 0) {
                return new Healthy(td, "deployment " + d.id() + " still serving " + d.runningCount() + " task(s)");
            }
        }
        Healthy steady = steadyState(s, failing);
        if (steady != null) return steady;
        return revisionsOf.getOrDefault(failing.family(), List.of()).stream()
                .filter(td -> td.revision() < failing.revision())
                .max(Comparator.comparingInt(TaskDefinition::revision))
                .map(td -> new Healthy(td, "previous revision")).orElse(null);
    }

    /** The last "has reached a steady state" event, and the revision of the service's tasks running at that time. */
    private Healthy steadyState(EcsService s, TaskDefinition failing) {
        Instant at = lastSteadyOf.get(s.serviceName());
        if (at == null) return null;
        for (EcsTask t : tasksOf.getOrDefault(s.serviceKey(), List.of())) {
            if (t.createdAt() == null || t.createdAt().isAfter(at)) continue;
            if (t.stoppedAt() != null && t.stoppedAt().isBefore(at)) continue;
            TaskDefinition td = td(t.taskDefinitionArn());
            if (td != null && !td.ref().equals(failing.ref())) {
                return new Healthy(td, "running when the service reached a steady state at " + at);
            }
        }
        return null;
    }

    private TaskDefinition td(String arnOrRef) {
        if (arnOrRef == null) return null;
        TaskDefinition td = byRef.get(ref(arnOrRef, null));
        return td;
    }

    /** family:revision from an ARN (".../task-definition/api:7") or a bare ref. */
    private static String ref(String arn, String fallback) {
        if (arn == null) return fallback;
        String last = Arns.lastSegment(arn);
        return last == null ? fallback : last;
    }

    /** The field-by-field comparison of two revisions. */
    private final class Diff {
        private final EcsService service;
        private final TaskDefinition before;
        private final TaskDefinition after;
        private final String because;
        private final List<RevisionChange> out;

        Diff(EcsService service, TaskDefinition before, TaskDefinition after, String because, List<RevisionChange> out) {
            this.service = service;
            this.before = before;
            this.after = after;
            this.because = because;
            this.out = out;
        }

        void run() {
            field(null, "cpu", before.cpu(), after.cpu());
            field(null, "memory", before.memory(), after.memory());
            field(null, "executionRoleArn", before.executionRoleArn(), after.executionRoleArn());
            field(null, "taskRoleArn", before.taskRoleArn(), after.taskRoleArn());
            field(null, "networkMode", before.networkMode(), after.networkMode());
            Map<String, ContainerDefinition> old = containers(before);
            Map<String, ContainerDefinition> now = containers(after);
            for (String name : union(old.keySet(), now.keySet())) {
                ContainerDefinition b = old.get(name);
                ContainerDefinition a = now.get(name);
                if (b == null || a == null) {
                    field(name, "container", b == null ? null : b.image(), a == null ? null : a.image());
                    continue;
                }
                image(name, b.image(), a.image());
                map(name, "environment", b.environment(), a.environment());
                map(name, "secrets", b.secrets(), a.secrets());
                field(name, "portMappings", ports(before, name), ports(after, name));
                field(name, "healthCheck", health(b.healthCheck()), health(a.healthCheck()));
                field(name, "logConfiguration", log(b), log(a));
                ContainerCommand cb = command(before, name);
                ContainerCommand ca = command(after, name);
                field(name, "entryPoint", words(cb == null ? null : cb.entryPoint()), words(ca == null ? null : ca.entryPoint()));
                field(name, "command", words(cb == null ? null : cb.command()), words(ca == null ? null : ca.command()));
            }
        }

        private void image(String container, String b, String a) {
            if (Objects.equals(b, a)) return;
            ImageRef rb = ImageRef.parse(b);
            ImageRef ra = ImageRef.parse(a);
            if (rb.repository() != null && Objects.equals(rb.registry(), ra.registry()) && Objects.equals(rb.repository(), ra.repository())) {
                field(container, rb.digest() != null || ra.digest() != null ? "image.digest" : "image.tag",
                        tagOrDigest(rb) + pushed(rb), tagOrDigest(ra) + pushed(ra));
            } else {
                field(container, "image", b + pushed(rb), a + pushed(ra));
            }
        }

        /** " (sha256:… pushed 2026-…)" where ECR describe-images says, " (not in the ECR listing)" where it lacks the tag. */
        private String pushed(ImageRef r) {
            if (!r.isEcr()) return "";
            List<EcrImage> repo = index(EcrImage.class, i -> Arrays.asList(i.repositoryName(), i.region()))
                    .getOrDefault(Arrays.asList(r.repository(), r.ecrRegion()), List.of());
            if (repo.isEmpty()) return "";
            String tag = r.tagOrLatest();
            for (EcrImage i : repo) {
                if (r.digest() != null ? r.digest().equals(i.digest()) : i.tags().contains(tag)) {
                    return " (" + shortDigest(i.digest()) + (i.pushedAt() != null ? " pushed " + i.pushedAt() : "") + ")";
                }
            }
            return " (not in the ECR listing)";
        }

        private void map(String container, String kind, Map<String, String> b, Map<String, String> a) {
            for (String k : union(b.keySet(), a.keySet())) field(container, kind + "." + k, b.get(k), a.get(k));
        }

        private void field(String container, String field, String b, String a) {
            if (Objects.equals(b, a)) return;
            out.add(new RevisionChange(after.region(), service.serviceKey(), service.serviceName(), before.arn(), after.arn(),
                    before.ref(), after.ref(), because, container, field, b, a));
        }

        private Map<String, ContainerDefinition> containers(TaskDefinition td) {
            Map<String, ContainerDefinition> m = new LinkedHashMap<>();
            for (ContainerDefinition c : index(ContainerDefinition.class, c -> Arrays.asList(c.taskDefinitionRef(), c.region()))
                    .getOrDefault(Arrays.asList(td.ref(), td.region()), List.of())) {
                m.putIfAbsent(c.name(), c);
            }
            return m;
        }

        private String ports(TaskDefinition td, String name) {
            ContainerSettings s = find(ContainerSettings.class, td, name, ContainerSettings::taskDefinitionArn, ContainerSettings::name);
            if (s == null || s.portMappings().isEmpty()) return null;
            List<String> ps = new ArrayList<>();
            for (PortMapping p : s.portMappings()) {
                ps.add((p.hostPort() != null && !p.hostPort().equals(p.containerPort()) ? p.hostPort() + ":" : "") + p.containerPort()
                        + "/" + (p.protocol() == null ? "tcp" : p.protocol()));
            }
            return String.join(", ", ps);
        }

        private ContainerCommand command(TaskDefinition td, String name) {
            return find(ContainerCommand.class, td, name, ContainerCommand::taskDefinitionArn, ContainerCommand::name);
        }

        private <T> T find(Class<T> type, TaskDefinition td, String name, Function<T, String> arn, Function<T, String> container) {
            List<T> found = index(type, t -> Arrays.asList(arn.apply(t), container.apply(t))).get(Arrays.asList(td.arn(), name));
            return found == null ? null : found.get(0);
        }
    }

    private static String health(ContainerHealthCheck h) {
        if (h == null) return null;
        return h.commandLine() + " (interval " + h.interval() + ", timeout " + h.timeout() + ", retries " + h.retries()
                + ", startPeriod " + h.startPeriod() + ")";
    }

    private static String log(ContainerDefinition c) {
        if (c.logDriver() == null) return null;
        StringBuilder sb = new StringBuilder(c.logDriver());
        new java.util.TreeMap<>(c.logOptions()).forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    private static String words(List<String> w) {
        return w == null || w.isEmpty() ? null : String.join(" ", w.stream().map(io.ecstriage.aws.ShellWords::quote).toList());
    }

    private static String tagOrDigest(ImageRef r) {
        return r.digest() != null ? r.digest() : r.tagOrLatest();
    }

    private static String shortDigest(String d) {
        return d == null ? "digest unknown" : d.length() > 19 ? d.substring(0, 19) + "…" : d;
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }
}
