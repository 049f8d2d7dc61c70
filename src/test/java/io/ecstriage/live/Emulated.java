package io.ecstriage.live;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * Builds incidents in the emulator with ordinary (unguarded, mutating) SDK clients: what a deployment would have
 * left behind. Credentials are moto's dummies.
 */
final class Emulated {
    static final String ACCOUNT = "123456789012";
    static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing");
    private final String endpoint;
    final String region;

    Emulated(MotoServer moto, String region) {
        this.endpoint = moto.endpoint();
        this.region = region;
    }

    private <B extends AwsClientBuilder<B, C>, C> C build(B b, String r) {
        return b.region(Region.of(r)).endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build();
    }

    EcsClient ecs() {
        return build(EcsClient.builder().httpClient(UrlConnectionHttpClient.create()), region);
    }

    software.amazon.awssdk.services.iam.IamClient iam() {
        return build(software.amazon.awssdk.services.iam.IamClient.builder().httpClient(UrlConnectionHttpClient.create()), region);
    }

    Ec2Client ec2() {
        return build(Ec2Client.builder().httpClient(UrlConnectionHttpClient.create()), region);
    }

    CloudWatchLogsClient logs() {
        return build(CloudWatchLogsClient.builder().httpClient(UrlConnectionHttpClient.create()), region);
    }

    EcrClient ecr(String r) {
        return build(EcrClient.builder().httpClient(UrlConnectionHttpClient.create()), r);
    }

    ElasticLoadBalancingV2Client elbv2() {
        return build(ElasticLoadBalancingV2Client.builder().httpClient(UrlConnectionHttpClient.create()), region);
    }

    CloudFormationClient cfn() {
        return build(CloudFormationClient.builder().httpClient(UrlConnectionHttpClient.create()), region);
    }

    software.amazon.awssdk.services.s3.S3Client s3() {
        return software.amazon.awssdk.services.s3.S3Client.builder().region(Region.of(region)).endpointOverride(URI.create(endpoint))
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build();
    }

    /**
     * A VPC with DNS host names (moto's tasks need them for their ENIs), one subnet per zone suffix given, and
     * an internet gateway on the main route table: public subnets, as in the seeds.
     */
    record Network(String vpcId, List<String> subnets) {}

    Network network(String cidrPrefix, String... zoneSuffixes) {
        try (Ec2Client ec2 = ec2()) {
            String vpc = ec2.createVpc(b -> b.cidrBlock(cidrPrefix + ".0.0/16")).vpc().vpcId();
            ec2.modifyVpcAttribute(b -> b.vpcId(vpc).enableDnsHostnames(v -> v.value(true)));
            List<String> subnets = new ArrayList<>();
            int i = 1;
            for (String z : zoneSuffixes) {
                int n = i++;
                subnets.add(ec2.createSubnet(b -> b.vpcId(vpc).cidrBlock(cidrPrefix + "." + n + ".0/24")
                        .availabilityZone(region + z)).subnet().subnetId());
            }
            String igw = ec2.createInternetGateway().internetGateway().internetGatewayId();
            ec2.attachInternetGateway(b -> b.internetGatewayId(igw).vpcId(vpc));
            String main = ec2.describeRouteTables(b -> b.filters(f -> f.name("vpc-id").values(vpc),
                    f -> f.name("association.main").values("true"))).routeTables().get(0).routeTableId();
            ec2.createRoute(b -> b.routeTableId(main).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
            return new Network(vpc, subnets);
        }
    }

    String securityGroup(String vpc, String name) {
        try (Ec2Client ec2 = ec2()) {
            return ec2.createSecurityGroup(b -> b.vpcId(vpc).groupName(name).description(name)).groupId();
        }
    }

    void openToWorld(String groupId, int port) {
        try (Ec2Client ec2 = ec2()) {
            ec2.authorizeSecurityGroupIngress(b -> b.groupId(groupId).ipProtocol("tcp").fromPort(port).toPort(port).cidrIp("0.0.0.0/0"));
        }
    }

    /** Admits `port` on the group from members of `sourceGroup` (a load balancer's group, say). */
    void allowFromGroup(String groupId, int port, String sourceGroup) {
        try (Ec2Client ec2 = ec2()) {
            ec2.authorizeSecurityGroupIngress(b -> b.groupId(groupId).ipPermissions(p -> p.ipProtocol("tcp").fromPort(port).toPort(port)
                    .userIdGroupPairs(g -> g.groupId(sourceGroup))));
        }
    }

    /**
     * An application load balancer NAME-alb in the network's subnets with group `lbSg`, listening on HTTP:80 and
     * forwarding to target group NAME-tg (HTTP on `port`, `targetType` ip or instance, probing `healthPath`).
     * Returns the target group's ARN.
     */
    String albTargetGroup(String name, Network net, String lbSg, int port, String targetType, String healthPath) {
        try (ElasticLoadBalancingV2Client elb = elbv2()) {
            String lb = elb.createLoadBalancer(b -> b.name(name + "-alb").subnets(net.subnets()).securityGroups(lbSg)).loadBalancers().get(0)
                    .loadBalancerArn();
            String tg = elb.createTargetGroup(b -> b.name(name + "-tg").protocol("HTTP").port(port).vpcId(net.vpcId()).targetType(targetType)
                    .healthCheckPath(healthPath)).targetGroups().get(0).targetGroupArn();
            elb.createListener(b -> b.loadBalancerArn(lb).protocol("HTTP").port(80).defaultActions(a -> a.type("forward").targetGroupArn(tg)));
            return tg;
        }
    }

    /**
     * An EC2 instance in the subnet (with the groups given) registered to the cluster as a container instance, as the
     * ECS agent would register it (moto takes the instance identity document).
     */
    record ContainerHost(String instanceId, String containerInstanceArn) {}

    ContainerHost containerInstance(String cluster, String subnet, String... securityGroups) {
        software.amazon.awssdk.services.ec2.model.Instance host;
        try (Ec2Client ec2 = ec2()) {
            host = ec2.runInstances(b -> {
                b.imageId("ami-12345678").minCount(1).maxCount(1).subnetId(subnet);
                if (securityGroups.length > 0) b.securityGroupIds(securityGroups);
            }).instances().get(0);
        }
        String identity = "{\"instanceId\":\"" + host.instanceId() + "\",\"region\":\"" + region + "\",\"availabilityZone\":\""
                + host.placement().availabilityZone() + "\",\"instanceType\":\"" + host.instanceTypeAsString() + "\",\"imageId\":\""
                + host.imageId() + "\",\"privateIp\":\"" + host.privateIpAddress() + "\",\"accountId\":\"" + ACCOUNT + "\"}";
        try (EcsClient ecs = ecs()) {
            ecs.createCluster(b -> b.clusterName(cluster));
            return new ContainerHost(host.instanceId(),
                    ecs.registerContainerInstance(b -> b.cluster(cluster).instanceIdentityDocument(identity)).containerInstance().containerInstanceArn());
        }
    }

    /** A Fargate service to build in this emulator; see {@link EmulatedService}. */
    EmulatedService fargateService(String cluster, String family) {
        return new EmulatedService(this, cluster, family);
    }

    static NetworkConfiguration awsvpc(String subnet, String sg) {
        return awsvpc(subnet, sg, AssignPublicIp.ENABLED);
    }

    static NetworkConfiguration awsvpc(String subnet, String sg, AssignPublicIp publicIp) {
        return NetworkConfiguration.builder().awsvpcConfiguration(AwsVpcConfiguration.builder().subnets(subnet)
                .securityGroups(sg).assignPublicIp(publicIp).build()).build();
    }

    /** Runs tasks as the service's scheduler would (group service:NAME) and stops them with the given reasons. */
    List<String> stoppedTasks(String cluster, String service, String taskDefinition, String subnet, String sg, List<String> reasons) {
        List<String> arns = new ArrayList<>();
        try (EcsClient ecs = ecs()) {
            for (String reason : reasons) {
                String arn = ecs.runTask(b -> b.cluster(cluster).taskDefinition(taskDefinition).launchType(LaunchType.FARGATE)
                        .group("service:" + service).startedBy("ecs-svc/1234567890123456789").count(1)
                        .networkConfiguration(awsvpc(subnet, sg))).tasks().get(0).taskArn();
                ecs.stopTask(b -> b.cluster(cluster).task(arn).reason(reason));
                arns.add(arn);
            }
        }
        return arns;
    }

    /**
     * A Fargate service of its own VPC and cluster whose image tag ECR lacks, with a task stopped for it: an incident
     * whose diagnosis reads in several rounds (services, task definition and tasks, network, logs and images).
     */
    void serviceWithMissingImage(String cluster, String service, String cidrPrefix) {
        Network net = network(cidrPrefix, "a", "b");
        String sg = securityGroup(net.vpcId(), service + "-sg");
        String image = ACCOUNT + ".dkr.ecr." + region + ".amazonaws.com/" + service + ":v1";
        fargateService(cluster, service + "-task").containerCpu(256).image(image).port(8080).awslogs("/ecs/" + service)
                .create(service, awsvpc(net.subnets().get(0), sg));
        stoppedTasks(cluster, service, service + "-task:1", net.subnets().get(0), sg,
                List.of("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref " + image + ": not found"));
    }

    /** An image in a repository of region r (moto accepts any manifest). */
    void pushImage(String r, String repository, String tag) {
        try (EcrClient ecr = ecr(r)) {
            ecr.createRepository(b -> b.repositoryName(repository));
            ecr.putImage(b -> b.repositoryName(repository).imageTag(tag).imageManifest(
                    "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\",\"config\":{\"digest\":\"sha256:"
                            + "a".repeat(64) + "\",\"size\":1,\"mediaType\":\"application/vnd.docker.container.image.v1+json\"},\"layers\":[]}"));
        }
    }

    static SdkBytes bytes(String s) {
        return SdkBytes.fromUtf8String(s);
    }
}
