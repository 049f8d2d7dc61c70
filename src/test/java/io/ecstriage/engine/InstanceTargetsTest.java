package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.TrafficPath;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The load balancer → container instance path of bridge and host networking, on the rule's EC2 fixture and variants of it. */
class InstanceTargetsTest {
    private static final String FIXTURE = "rules/network/HealthCheckBlockedBySecurityGroup/fires-ec2-bridge-dynamic-range-closed.json";

    private static TrafficPath path(String fixture) {
        List<TrafficPath> paths = DerivedFacts.of(TestDiagnosis.snapshot("in.json", fixture)).stream()
                .filter(TrafficPath.class::isInstance).map(TrafficPath.class::cast).toList();
        assertEquals(1, paths.size(), paths::toString);
        return paths.get(0);
    }

    private static String fixture() throws IOException {
        return Files.readString(TestDiagnosis.projectDir().resolve(FIXTURE));
    }

    @Test
    void dynamicHostPortsAreTheWholeRangeOnTheInstancesGroups() throws IOException {
        TrafficPath p = path(fixture());
        assertTrue(p.onInstances());
        assertEquals("32768-65535", p.ports());
        assertEquals(List.of("i-0a5c3e7b9d1f24680"), p.instanceIds());
        assertEquals(List.of("sg-0e4a7c1f3b5d92468"), p.taskSecurityGroups());
        assertTrue(p.blocked(), "8080 from the ALB does not open the dynamic range");
    }

    @Test
    void aFixedHostPortIsThatPortAndHostModeTheContainerPort() throws IOException {
        TrafficPath fixed = path(fixture().replace("\"hostPort\": 0", "\"hostPort\": 8080"));
        assertEquals("8080", fixed.ports());
        assertFalse(fixed.blocked(), "the instance group admits 8080 from the ALB");
        TrafficPath host = path(fixture().replace("\"networkMode\": \"bridge\"", "\"networkMode\": \"host\""));
        assertEquals("8080", host.ports());
    }

    @Test
    void awsvpcKeepsTheTaskPathAndAnUnreadInstanceJudgesNothing() throws IOException {
        TrafficPath awsvpc = path(fixture().replace("\"networkMode\": \"bridge\"", "\"networkMode\": \"awsvpc\""));
        assertFalse(awsvpc.onInstances());
        assertFalse(awsvpc.blocked(), "the service names no task groups: nothing to judge");
        String withoutInstances = fixture().replace("\"Reservations\"", "\"NotReservations\"");
        TrafficPath unread = path(withoutInstances);
        assertFalse(unread.blocked(), "the instance's groups were not read");
    }
}
