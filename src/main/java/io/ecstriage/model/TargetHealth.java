package io.ecstriage.model;

/** One `TargetHealthDescriptions[]` entry; the target group comes from the command line. */
public record TargetHealth(String region, String targetGroupArn, String targetId, Integer port,
                           String availabilityZone, String healthCheckPort, String state, String reason,
                           String description) implements Regional {

    public boolean unhealthy() {
        return state != null && state.startsWith("unhealthy");
    }

    /** Registered but sent no traffic or health check: no listener uses the group, or the target's zone is not enabled. */
    public boolean notInUse() {
        return "unused".equals(state) && "Target.NotInUse".equals(reason);
    }

    public String label() {
        return targetId + (port != null ? ":" + port : "");
    }
}
