package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.bool;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.pairs;
import static io.ecstriage.ingest.Json.strings;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.ContainerCommand;
import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.ContainerHealthCheck;
import io.ecstriage.model.ContainerSettings;
import io.ecstriage.model.EnvVariable;
import io.ecstriage.model.PortMapping;
import io.ecstriage.model.TaskDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** `aws ecs describe-task-definition` ({"taskDefinition": {...}}). */
public final class EcsTaskDefinitionReader implements ShapeReader {
    @Override
    public String shape() {
        return "ecs describe-task-definition";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("taskDefinition").isObject();
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        JsonNode td = root.get("taskDefinition");
        String arn = text(td, "taskDefinitionArn");
        String region = ctx.regionOf(arn);
        String family = text(td, "family");
        int revision = integer(td, "revision", 0);
        ctx.add(new TaskDefinition(region, arn, family, revision, text(td, "cpu"), text(td, "memory"),
                text(td, "networkMode"), text(td, "executionRoleArn"), text(td, "taskRoleArn"),
                text(td.path("runtimePlatform"), "cpuArchitecture"), strings(td, "requiresCompatibilities")));
        for (JsonNode c : array(td, "containerDefinitions")) {
            List<Integer> ports = new ArrayList<>();
            for (JsonNode pm : array(c, "portMappings")) {
                Integer p = integer(pm, "containerPort");
                if (p != null) ports.add(p);
            }
            JsonNode hc = c.get("healthCheck");
            ContainerHealthCheck check = hc == null || !hc.isObject() ? null : new ContainerHealthCheck(strings(hc, "command"),
                    integer(hc, "interval"), integer(hc, "timeout"), integer(hc, "retries"), integer(hc, "startPeriod"));
            JsonNode log = c.path("logConfiguration");
            Map<String, String> env = pairs(c, "environment", "name", "value");
            Boolean essential = bool(c, "essential");
            String name = text(c, "name");
            ctx.add(new ContainerDefinition(region, arn, family, revision, name, text(c, "image"),
                    essential == null || essential, ports, env, pairs(c, "secrets", "name", "valueFrom"),
                    text(log, "logDriver"), pairs(log, "options", "", ""), check));
            if (name == null || name.isBlank()) continue; // rejected just above (FactIdentity), and with it all it names
            List<PortMapping> mappings = new ArrayList<>();
            for (JsonNode pm : array(c, "portMappings")) {
                mappings.add(new PortMapping(integer(pm, "containerPort"), integer(pm, "hostPort"), text(pm, "protocol")));
            }
            ctx.add(new ContainerCommand(region, arn, name, strings(c, "entryPoint"), strings(c, "command")));
            ctx.add(new ContainerSettings(region, arn, family, revision, name, mappings, integer(c, "stopTimeout")));
            env.forEach((k, v) -> ctx.add(new EnvVariable(region, EnvVariable.Owner.TASK_DEFINITION,
                    family + ":" + revision, name, k, v)));
        }
    }
}
