package io.ecstriage.model;

/**
 * What ECS says when it cannot place a task on container instances (service events and `failures[].reason` of
 * RunTask/StartTask), and what Docker says when the instance's storage is full; normalised lower case, as
 * {@link TextSignal#says} reads. Sources: AWS's "Amazon ECS service event messages" and "API failure reasons".
 */
public final class PlacementTexts {
    private PlacementTexts() {}

    public static final String NO_INSTANCES = "no container instances were found in your (cluster|capacity provider)";
    public static final String CPU_OR_MEMORY = "has insufficient (cpu units|memory) available|\\bresource:(cpu|memory)\\b";
    public static final String PORTS = "is already using a port required by your task|\\bresource:ports(_udp)?\\b";
    public static final String AGENT = "encountered error \"agent\"|^agent\\b";
    public static final String DISK_FULL = "no space left on device";
    /** EC2 could not give the task's network interface an address in its subnet (EC2's InsufficientFreeAddressesInSubnet). */
    public static final String NO_ADDRESSES = "insufficientfreeaddressesinsubnet|not enough free addresses in subnet|insufficient free addresses";
    /** The task's network interface was not ready in time: a full subnet, an ENI quota, or Fargate's own API trouble. */
    public static final String ENI_TIMEOUT = "network interface provision";
    public static final String THIN_POOL = "thin pool has \\d+ free (data|metadata) blocks|create more free space in thin pool";
}
