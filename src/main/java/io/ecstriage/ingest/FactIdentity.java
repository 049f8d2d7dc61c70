package io.ecstriage.ingest;

import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.ContainerInstance;
import io.ecstriage.model.Ec2Instance;
import io.ecstriage.model.EcsCluster;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Listener;
import io.ecstriage.model.LoadBalancer;
import io.ecstriage.model.LogGroup;
import io.ecstriage.model.NatGateway;
import io.ecstriage.model.RouteTable;
import io.ecstriage.model.SecurityGroup;
import io.ecstriage.model.Subnet;
import io.ecstriage.model.TargetGroup;
import io.ecstriage.model.TaskDefinition;
import io.ecstriage.model.Vpc;
import io.ecstriage.model.VpcEndpoint;
import io.ecstriage.model.VpcEndpointRoutes;
import java.util.Map;
import java.util.function.Function;

/**
 * The id each resource fact is known by. The rules join and compare on these ids (Drools `contains` on an
 * immutable list throws on null), so a resource read without its id never becomes a fact: it is listed under
 * ignored inputs instead.
 */
final class FactIdentity {
    /** The field of the aws output that holds the id, and how to get the id from the fact. */
    record Id(String field, Function<Object, String> of) {}

    private static final Map<Class<?>, Id> IDS = Map.ofEntries(
            id(Subnet.class, "SubnetId", Subnet::subnetId),
            id(SecurityGroup.class, "GroupId", SecurityGroup::groupId),
            id(RouteTable.class, "RouteTableId", RouteTable::routeTableId),
            id(VpcEndpoint.class, "VpcEndpointId", VpcEndpoint::vpcEndpointId),
            id(VpcEndpointRoutes.class, "VpcEndpointId", VpcEndpointRoutes::vpcEndpointId),
            id(Vpc.class, "VpcId", Vpc::vpcId),
            id(NatGateway.class, "NatGatewayId", NatGateway::natGatewayId),
            id(TargetGroup.class, "TargetGroupArn", TargetGroup::arn),
            id(LoadBalancer.class, "LoadBalancerArn", LoadBalancer::arn),
            id(Listener.class, "ListenerArn", Listener::arn),
            id(EcsService.class, "serviceName", EcsService::serviceName),
            id(EcsTask.class, "taskArn", EcsTask::taskArn),
            id(EcsCluster.class, "clusterArn", EcsCluster::arn),
            id(TaskDefinition.class, "taskDefinitionArn", TaskDefinition::arn),
            id(ContainerDefinition.class, "name", ContainerDefinition::name),
            id(LogGroup.class, "logGroupName", LogGroup::name),
            id(ContainerInstance.class, "containerInstanceArn", ContainerInstance::arn),
            id(Ec2Instance.class, "InstanceId", Ec2Instance::instanceId));

    private FactIdentity() {}

    private static <T> Map.Entry<Class<?>, Id> id(Class<T> type, String field, Function<T, String> of) {
        return Map.entry(type, new Id(field, f -> of.apply(type.cast(f))));
    }

    /** The output field a fact lacks its id in, or null when it has one (or is not a resource with an id). */
    static String missingId(Object fact) {
        Id id = IDS.get(fact.getClass());
        if (id == null) return null;
        String value = id.of().apply(fact);
        return value == null || value.isBlank() ? id.field() : null;
    }

    /** "subnet" for Subnet, "ecs task" for EcsTask: how an ignored-input line names the resource. */
    static String noun(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
