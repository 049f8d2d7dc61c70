package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;

/** Form bodies as the SDK's marshallers write them (captured by SdkOracle's server), from the API's member names. */
class QueryRequestsTest {
    @RegisterExtension
    static final SdkOracle.PerClass SDK = new SdkOracle.PerClass();

    /** The pairs of a form body, decoded and sorted: the order of fields is free. */
    private static List<String> pairs(String form) {
        List<String> out = new ArrayList<>();
        for (String p : form.split("&")) out.add(URLDecoder.decode(p, StandardCharsets.UTF_8));
        Collections.sort(out);
        return out;
    }

    private static void sameAsSdk(String service, String operation, Map<String, ?> params, Object sdkRequest) throws Exception {
        assertEquals(pairs(SDK.get().requestBody(service, operation, sdkRequest)), pairs(QueryRequests.encode(service, operation, params)));
    }

    @Test
    void ec2ListsAreNumberedUnderTheirCapitalisedLocationName() throws Exception {
        Map<String, ?> params = Map.of("Filters", List.of(Map.of("Name", "vpc-id", "Values", List.of("vpc-1", "vpc-2"))), "SubnetIds", List.of("subnet-1"));
        assertEquals("Action=DescribeSubnets&Version=2016-11-15&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1&Filter.1.Value.2=vpc-2&SubnetId.1=subnet-1",
                QueryRequests.encode("ec2", "describe-subnets", params));
        sameAsSdk("ec2", "DescribeSubnets", params, DescribeSubnetsRequest.builder()
                .filters(Filter.builder().name("vpc-id").values("vpc-1", "vpc-2").build()).subnetIds("subnet-1").build());
        sameAsSdk("ec2", "DescribeSecurityGroups", Map.of("GroupIds", List.of("sg-1", "sg-2")),
                DescribeSecurityGroupsRequest.builder().groupIds("sg-1", "sg-2").build());
        sameAsSdk("ec2", "DescribeVpcAttribute", Map.of("VpcId", "vpc-1", "Attribute", "enableDnsSupport"),
                DescribeVpcAttributeRequest.builder().vpcId("vpc-1").attribute("enableDnsSupport").build());
        sameAsSdk("ec2", "DescribeRouteTables", Map.of("Filters", List.of(Map.of("Name", "association.subnet-id", "Values", List.of("subnet-1")),
                        Map.of("Name", "vpc-id", "Values", List.of("vpc-1"))), "NextToken", "tok/en+=", "MaxResults", 100),
                DescribeRouteTablesRequest.builder().filters(Filter.builder().name("association.subnet-id").values("subnet-1").build(),
                        Filter.builder().name("vpc-id").values("vpc-1").build()).nextToken("tok/en+=").maxResults(100).build());
    }

    @Test
    void queryListsPutTheirItemsUnderMember() throws Exception {
        String arn = "arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067";
        assertEquals("Action=DescribeTargetGroups&Version=2015-12-01&TargetGroupArns.member.1="
                        + "arn%3Aaws%3Aelasticloadbalancing%3Aus-west-2%3A123456789012%3Atargetgroup%2Fmy-targets%2F73e2d6bc24d8a067",
                QueryRequests.encode("elbv2", "DescribeTargetGroups", Map.of("TargetGroupArns", List.of(arn))));
        sameAsSdk("elbv2", "DescribeTargetGroups", Map.of("TargetGroupArns", List.of(arn, arn + "x")),
                DescribeTargetGroupsRequest.builder().targetGroupArns(arn, arn + "x").build());
        sameAsSdk("elbv2", "DescribeTargetHealth", Map.of("TargetGroupArn", arn, "Targets", List.of(Map.of("Id", "10.0.1.5", "Port", 8080))),
                DescribeTargetHealthRequest.builder().targetGroupArn(arn).targets(TargetDescription.builder().id("10.0.1.5").port(8080).build()).build());
        sameAsSdk("elbv2", "DescribeLoadBalancers", Map.of("Names", List.of("web"), "Marker", "m1"),
                DescribeLoadBalancersRequest.builder().names("web").marker("m1").build());
        sameAsSdk("cloudformation", "DescribeStackEvents", Map.of("StackName", "shop stack", "NextToken", "n2"),
                DescribeStackEventsRequest.builder().stackName("shop stack").nextToken("n2").build());
        sameAsSdk("iam", "GetRolePolicy", Map.of("RoleName", "task-exec", "PolicyName", "logs"),
                GetRolePolicyRequest.builder().roleName("task-exec").policyName("logs").build());
        sameAsSdk("sts", "GetCallerIdentity", Map.of(), GetCallerIdentityRequest.builder().build());
    }

    @Test
    void anEmptyQueryListIsSentEmptyAndAnEmptyEc2ListNotAtAll() {
        // botocore: "The query protocol serializes empty lists"; its EC2 serializer writes no field for one
        assertEquals("Action=DescribeTargetGroups&Version=2015-12-01&TargetGroupArns=",
                QueryRequests.encode("elbv2", "DescribeTargetGroups", Map.of("TargetGroupArns", List.of())));
        assertEquals("Action=DescribeSubnets&Version=2016-11-15", QueryRequests.encode("ec2", "DescribeSubnets", Map.of("SubnetIds", List.of())));
    }

    @Test
    void whatIsNotInTheModelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QueryRequests.encode("ec2", "DescribeSubnets", Map.of("SubnetId", List.of("subnet-1"))));
        assertThrows(IllegalArgumentException.class, () -> QueryRequests.encode("ec2", "DeleteSubnet", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> QueryRequests.encode("ecs", "ListTasks", Map.of()), "ECS speaks JSON");
        assertThrows(IllegalArgumentException.class, () -> QueryRequests.encode("elbv2", "DescribeTargetGroups", Map.of("TargetGroupArns", "arn")));
    }

    @Test
    void paginatorsNameTheirTokensAndResults() {
        Paginator ec2 = Paginators.of("ec2", "describe-route-tables");
        assertEquals(new Paginator(List.of("NextToken"), List.of("NextToken"), "MaxResults", List.of("RouteTables"), null), ec2);
        assertEquals(List.of("Marker"), Paginators.of("elbv2", "DescribeListeners").inputTokens());
        assertEquals(List.of("nextToken"), Paginators.of("ecs", "ListServices").inputTokens());
        assertEquals(null, Paginators.of("ec2", "DescribeVpcAttribute"), "one page");
        assertEquals(null, Paginators.of("ecs", "DescribeServices"));
    }
}
