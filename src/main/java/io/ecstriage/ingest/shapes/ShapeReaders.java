package io.ecstriage.ingest.shapes;

import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.json.JsonTrees;
import java.util.ArrayList;
import java.util.List;

/** Every shape reader, in the one list SnapshotBuilder tries in order (the first that accepts an output reads it). */
public final class ShapeReaders {
    private ShapeReaders() {}

    public static List<ShapeReader> all(JsonTrees json) {
        List<ShapeReader> r = new ArrayList<>(List.of(new EcsTasksReader(), new EcsServicesReader(),
                new EcsTaskDefinitionReader(), new EcsClustersReader(), new ElbLoadBalancersReader(),
                new ElbTargetGroupsReader(), new ElbTargetHealthReader(), new ElbListenersReader(), new AmplifyReader()));
        r.addAll(Ec2NetworkReaders.all());
        r.addAll(ContainerInstanceReaders.all());
        r.addAll(LogsReaders.all());
        r.addAll(CloudFormationReaders.all(json));
        r.addAll(EcrReaders.all());
        r.addAll(Ec2GatewayReaders.all());
        r.addAll(IamReaders.all(json));
        r.addAll(ListingReaders.all());
        return List.copyOf(r);
    }
}
