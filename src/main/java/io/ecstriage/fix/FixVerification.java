package io.ecstriage.fix;

import java.util.Set;

/**
 * How far a rule's fix is proven. Emulator-verified: an integration test builds the broken state in moto, runs the
 * printed aws steps against it and sees the finding go from the configuration with nothing new (LiveFixesIT).
 * Unit-verified only: every rendered step is checked by unit and fixture tests, but not applied. Advisory: the rule
 * prints no command, because no change is safe to propose from the evidence alone.
 */
public enum FixVerification {
    EMULATOR("emulator-verified"), UNIT("unit-verified only"), ADVISORY("advisory (no safe command)");

    /** Rules whose fix LiveFixesIT applies in moto (a test keeps this list and that class in step). */
    static final Set<String> EMULATOR_VERIFIED = Set.of("LogGroupMissing", "ContainerOutOfMemory", "PublicIpDisabledInPublicSubnet",
            "HealthCheckBlockedBySecurityGroup", "HealthCheckPathMismatch", "AppPortOpenToWorld",
            "HealthCheckOnRootPath", "SingleAzService");
    /** Rules that print no command (a test keeps this list and the DRL files in step). */
    static final Set<String> ADVISORY_ONLY = Set.of("DeploymentCircuitBreakerTripped", "DockerHubRateLimited", "EssentialContainerExited",
            // the EC2 capacity rules: the remedy is on the instances (capacity, agent, disk), advice rather than one aws call
            "ContainerInstanceAgentDisconnected", "ContainerInstanceDraining", "DevicemapperThinPoolFull", "DiskFull", "HostPortInUse",
            "InsufficientInstanceCapacity", "NoContainerInstances",
            "StackResourceFailed",
            "ContainerCommandNotFound", "DeployerIamActionDenied", "ExecutionRoleCannotWriteLogs", "FargateCapacityUnavailable",
            "FargateTaskQuotaReached", "LogGroupAlreadyExists", "SubnetGivenByName", "SubnetOutOfIpAddresses",
            "TargetGroupTypeMismatch", "TaskZoneNotInLoadBalancer");

    private final String label;

    FixVerification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FixVerification of(String ruleId) {
        if (EMULATOR_VERIFIED.contains(ruleId)) return EMULATOR;
        return ADVISORY_ONLY.contains(ruleId) ? ADVISORY : UNIT;
    }
}
