package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import io.ecstriage.json.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the moto recordings lack, in the shapes AWS documents them (each body cites the page whose format it
 * follows; values shortened): errors of each protocol, an IAM policy document, empty lists, pages with a next
 * token, maps (JSON and query `entry`), fractional timestamps, XML entities. Each is checked against the SDK +
 * CliJson (CliResponsesOracleTest's oracle) and for the value that matters.
 */
class CliResponsesDocumentedTest {
    @RegisterExtension
    static final SdkOracle.PerClass SDK = new SdkOracle.PerClass();

    private static JsonNode same(String service, String operation, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkOracle.Answer expected = SDK.get().answer(service, operation, 200, body.startsWith("{") ? "application/x-amz-json-1.1" : "text/xml", bytes);
        JsonNode actual = CliResponses.decode(service, operation, bytes);
        assertEquals(expected.output(), actual, service + " " + operation);
        assertEquals(expected.output().toString(), actual.toString());
        return actual;
    }

    private static CliError sameError(String service, String operation, int status, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkOracle.Answer expected = SDK.get().answer(service, operation, status, contentType, bytes);
        CliError actual = CliErrors.decode(service, status, bytes);
        assertEquals(new CliError(expected.errorCode(), expected.errorMessage()), actual, service + " " + operation + ": " + body);
        return actual;
    }

    @Test
    void ec2ErrorsComeFromResponseErrorsError() throws Exception {
        // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html ("Error response" format)
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>InvalidGroup.NotFound</Code>"
                + "<Message>The security group ID &apos;sg-1a2b3c4d&apos; does not exist</Message></Error></Errors>"
                + "<RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>";
        CliError e = sameError("ec2", "DescribeSecurityGroups", 400, "text/xml", body);
        assertEquals(new CliError("InvalidGroup.NotFound", "The security group ID 'sg-1a2b3c4d' does not exist"), e);
    }

    @Test
    void queryErrorsComeFromErrorResponseError() throws Exception {
        // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/CommonErrors.html, query error format
        String elb = "<ErrorResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\"><Error><Type>Sender</Type>"
                + "<Code>TargetGroupNotFound</Code><Message>One or more target groups not found</Message></Error>"
                + "<RequestId>c6ea4bcf-example</RequestId></ErrorResponse>";
        assertEquals("TargetGroupNotFound", sameError("elbv2", "DescribeTargetHealth", 400, "text/xml", elb).code());
        // https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/CommonErrors.html
        String cfn = "<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">\n  <Error>\n    <Type>Sender</Type>\n"
                + "    <Code>ValidationError</Code>\n    <Message>Stack with id shop does not exist</Message>\n  </Error>\n"
                + "  <RequestId>b9b4b068-example</RequestId>\n</ErrorResponse>";
        assertEquals(new CliError("ValidationError", "Stack with id shop does not exist"),
                sameError("cloudformation", "DescribeStacks", 400, "text/xml", cfn));
        // https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html: throttling is a query error too
        String iam = "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type><Code>Throttling</Code>"
                + "<Message>Rate exceeded</Message></Error><RequestId>1a2b-example</RequestId></ErrorResponse>";
        assertEquals("Throttling", sameError("iam", "GetRolePolicy", 400, "text/xml", iam).code());
    }

    @Test
    void jsonErrorsStripTheNamespaceOfTheirType() throws Exception {
        // https://docs.aws.amazon.com/AmazonECS/latest/APIReference/CommonErrors.html; the namespaced form is how
        // AWS's JSON services name errors raised before the service (signature, credentials)
        String namespaced = "{\"__type\":\"com.amazon.coral.service#UnrecognizedClientException\",\"message\":\"The security token included in the request is invalid.\"}";
        assertEquals(new CliError("UnrecognizedClientException", "The security token included in the request is invalid."),
                sameError("ecs", "DescribeClusters", 400, "application/x-amz-json-1.1", namespaced));
        String capitalMessage = "{\"__type\":\"ClusterNotFoundException\",\"Message\":\"Cluster not found.\"}";
        assertEquals(new CliError("ClusterNotFoundException", "Cluster not found."),
                sameError("ecs", "DescribeServices", 400, "application/x-amz-json-1.1", capitalMessage));
        assertEquals("ThrottlingException", CliErrors.decode("logs", 400, "{}".getBytes(), "ThrottlingException:http://internal.amazon.com/coral/").code());
    }

    @Test
    void anErrorThatNamesNoCodeHasNone() throws Exception {
        assertEquals(null, sameError("ec2", "DescribeSubnets", 503, "text/plain", "").code());
        assertEquals(null, sameError("elbv2", "DescribeListeners", 502, "text/html", "<html><body>Bad Gateway</body></html>").code());
        assertEquals(null, sameError("ecs", "ListTasks", 403, "text/html", "<html>denied</html>").code());
    }

    @Test
    void iamPolicyDocumentsArePrintedDecoded() throws Exception {
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html, Examples (URL-encoded document)
        String body = "<GetRolePolicyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\n<GetRolePolicyResult>\n"
                + "  <PolicyName>S3AccessPolicy</PolicyName>\n  <RoleName>S3Access</RoleName>\n"
                + "  <PolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C"
                + "%22Action%22%3A%5B%22s3%3A%2A%22%5D%2C%22Resource%22%3A%5B%22%2A%22%5D%7D%5D%7D</PolicyDocument>\n"
                + "</GetRolePolicyResult>\n<ResponseMetadata>\n  <RequestId>7e7cd8bc-99ef-11e1-a4c3-27EXAMPLE804</RequestId>\n"
                + "</ResponseMetadata>\n</GetRolePolicyResponse>";
        JsonNode out = same("iam", "GetRolePolicy", body);
        assertEquals("s3:*", out.path("PolicyDocument").path("Statement").path(0).path("Action").path(0).asText());
        assertFalse(out.has("ResponseMetadata"));
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html, Examples
        String version = "<GetPolicyVersionResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetPolicyVersionResult><PolicyVersion>"
                + "<Document>%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A"
                + "%22ecr%3AGetAuthorizationToken%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D</Document><IsDefaultVersion>true</IsDefaultVersion>"
                + "<VersionId>v2</VersionId><CreateDate>2014-09-15T19:58:59Z</CreateDate></PolicyVersion></GetPolicyVersionResult>"
                + "<ResponseMetadata><RequestId>d472f28e-example</RequestId></ResponseMetadata></GetPolicyVersionResponse>";
        JsonNode v = same("iam", "GetPolicyVersion", version).path("PolicyVersion");
        assertTrue(v.path("IsDefaultVersion").isBoolean());
        assertEquals("2014-09-15T19:58:59+00:00", v.path("CreateDate").asText());
        assertEquals("ecr:GetAuthorizationToken", v.path("Document").path("Statement").path(0).path("Action").asText());
    }

    @Test
    void emptyListsArePrintedEmptyAndAbsentOnesLeftOut() throws Exception {
        // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSubnets.html (response elements: subnetSet)
        JsonNode subnets = same("ec2", "DescribeSubnets", "<DescribeSubnetsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                + "<requestId>7a62c49f-example</requestId><subnetSet/></DescribeSubnetsResponse>");
        assertEquals("{\"Subnets\":[]}", subnets.toString());
        JsonNode health = same("elbv2", "DescribeTargetHealth", "<DescribeTargetHealthResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">"
                + "<DescribeTargetHealthResult><TargetHealthDescriptions/></DescribeTargetHealthResult>"
                + "<ResponseMetadata><RequestId>c534f810-example</RequestId></ResponseMetadata></DescribeTargetHealthResponse>");
        assertEquals("{\"TargetHealthDescriptions\":[]}", health.toString());
        JsonNode services = same("ecs", "DescribeServices", "{\"services\": [], \"failures\": [{\"arn\": \"arn:aws:ecs:us-east-1:012345678910:service/web\", \"reason\": \"MISSING\"}]}");
        assertEquals(0, services.path("services").size());
        assertEquals("{}", same("ec2", "DescribeVpcEndpoints", "<DescribeVpcEndpointsResponse><requestId>r</requestId></DescribeVpcEndpointsResponse>").toString());
    }

    @Test
    void pagesCarryTheTokenTheNextRequestTakes() throws Exception {
        // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html (NextMarker)
        JsonNode page = same("elbv2", "DescribeTargetGroups", "<DescribeTargetGroupsResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">"
                + "<DescribeTargetGroupsResult><TargetGroups><member><TargetGroupArn>arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067</TargetGroupArn>"
                + "<HealthCheckTimeoutSeconds>5</HealthCheckTimeoutSeconds><Port>80</Port><HealthCheckEnabled>true</HealthCheckEnabled>"
                + "<Matcher><HttpCode>200</HttpCode></Matcher><LoadBalancerArns><member>arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188</member></LoadBalancerArns>"
                + "</member></TargetGroups><NextMarker>bWFya2VyLTI=</NextMarker></DescribeTargetGroupsResult></DescribeTargetGroupsResponse>");
        assertEquals(80, page.path("TargetGroups").path(0).path("Port").intValue());
        assertEquals(Map.of("Marker", "bWFya2VyLTI="), Paginators.of("elbv2", "describe-target-groups").next(page));
        // https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTasks.html (nextToken)
        JsonNode tasks = same("ecs", "ListTasks", "{\"taskArns\": [\"arn:aws:ecs:us-east-1:012345678910:task/web/0cc43cdb-3bee-4407-9c26-c0e6ea5bee84\"], \"nextToken\": \"eyJ0b2tlbiI6IjIifQ==\"}");
        assertEquals(Map.of("nextToken", "eyJ0b2tlbiI6IjIifQ=="), Paginators.of("ecs", "ListTasks").next(tasks));
        assertEquals(Map.of(), Paginators.of("ecs", "ListTasks").next(same("ecs", "ListTasks", "{\"taskArns\": []}")));
    }

    private static String iterator(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out.toString();
    }

    @Test
    void mapsAreObjects() throws Exception {
        // https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTaskDefinition.html, Examples (dockerLabels, logConfiguration)
        JsonNode td = same("ecs", "DescribeTaskDefinition", "{\"taskDefinition\": {\"family\": \"hello_world\", \"revision\": 8,"
                + " \"registeredAt\": 1733300000.123456, \"containerDefinitions\": [{\"name\": \"wordpress\", \"cpu\": 10, \"memory\": 500,"
                + " \"essential\": true, \"dockerLabels\": {\"team\": \"web\", \"tier\": \"front\", \"prompt\": \"login\", \"display\": \"page\", \"zeta\": \"z\", \"alpha\": \"a\"},"
                + " \"logConfiguration\": {\"logDriver\": \"awslogs\", \"options\": {\"awslogs-group\": \"/ecs/web\", \"awslogs-region\": \"us-east-1\"}},"
                + " \"portMappings\": [{\"containerPort\": 80, \"hostPort\": 80}], \"unknownToTheModel\": 1}]}}");
        JsonNode c = td.path("taskDefinition").path("containerDefinitions").path(0);
        assertEquals("/ecs/web", c.path("logConfiguration").path("options").path("awslogs-group").asText());
        assertEquals("[team, tier, prompt, display, zeta, alpha]", iterator(c.path("dockerLabels").fieldNames()), "JSON maps keep the document's order");
        assertFalse(c.has("unknownToTheModel"));
        assertEquals("2024-12-04T08:13:20.123000+00:00", td.path("taskDefinition").path("registeredAt").asText(), "milliseconds, as the SDK keeps");
        // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_AuthenticateOidcActionConfig.html: a query map, <entry><key><value>
        JsonNode listeners = same("elbv2", "DescribeListeners", "<DescribeListenersResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">"
                + "<DescribeListenersResult><Listeners><member><ListenerArn>arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2</ListenerArn>"
                + "<Port>443</Port><Protocol>HTTPS</Protocol><DefaultActions><member><Type>authenticate-oidc</Type><Order>1</Order>"
                + "<AuthenticateOidcConfig><Issuer>https://idp.example.com</Issuer><AuthenticationRequestExtraParams>"
                + "<entry><key>prompt</key><value>login</value></entry><entry><key>display</key><value>page</value></entry>"
                + "</AuthenticationRequestExtraParams></AuthenticateOidcConfig></member></DefaultActions></member></Listeners>"
                + "</DescribeListenersResult><ResponseMetadata><RequestId>18e470d3-example</RequestId></ResponseMetadata></DescribeListenersResponse>");
        JsonNode params = listeners.path("Listeners").path(0).path("DefaultActions").path(0).path("AuthenticateOidcConfig").path("AuthenticationRequestExtraParams");
        assertEquals(Map.of("prompt", "login", "display", "page"), JsonTrees.toJava(params) instanceof Map<?, ?> m ? Map.copyOf(m) : null);
    }

    @Test
    void nestedEc2ItemsTimestampsAndEntities() throws Exception {
        // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html, Examples (reservationSet/instancesSet/item)
        JsonNode out = same("ec2", "DescribeInstances", "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
                + "  <requestId>8f7724cf-496f-496e-8fe3-example</requestId>\n  <reservationSet>\n    <item>\n"
                + "      <reservationId>r-1234567890abcdef0</reservationId>\n      <ownerId>123456789012</ownerId>\n"
                + "      <groupSet/>\n      <instancesSet>\n        <item>\n          <instanceId>i-1234567890abcdef0</instanceId>\n"
                + "          <imageId>ami-bff32ccc</imageId>\n          <instanceState><code>16</code><name>running</name></instanceState>\n"
                + "          <launchTime>2018-05-08T16:46:19.000Z</launchTime>\n          <subnetId>subnet-56f5f633</subnetId>\n"
                + "          <ebsOptimized>false</ebsOptimized>\n          <tagSet><item><key>Name</key><value>a &amp; b &lt;test&gt;</value></item></tagSet>\n"
                + "        </item>\n      </instancesSet>\n    </item>\n  </reservationSet>\n</DescribeInstancesResponse>");
        JsonNode instance = out.path("Reservations").path(0).path("Instances").path(0);
        assertEquals(16, instance.path("State").path("Code").intValue());
        assertEquals("2018-05-08T16:46:19+00:00", instance.path("LaunchTime").asText());
        assertEquals("a & b <test>", instance.path("Tags").path(0).path("Value").asText());
        // https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStacks.html, Examples (Parameters, Outputs, fractional CreationTime)
        JsonNode stacks = same("cloudformation", "DescribeStacks", "<DescribeStacksResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">"
                + "<DescribeStacksResult><Stacks><member><StackName>MyStack</StackName>"
                + "<StackId>arn:aws:cloudformation:us-east-1:123456789:stack/MyStack/aaf549a0-a413-11df-adb3-5081b3858e83</StackId>"
                + "<CreationTime>2010-07-27T22:28:28.123456Z</CreationTime><StackStatus>CREATE_COMPLETE</StackStatus><DisableRollback>false</DisableRollback>"
                + "<Parameters><member><ParameterKey>KeyName</ParameterKey><ParameterValue>MyKey</ParameterValue></member></Parameters>"
                + "<Outputs><member><OutputKey>StartPage</OutputKey><OutputValue>http://my-load-balancer.amazonaws.com:80/index.html</OutputValue></member></Outputs>"
                + "<Capabilities/></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeStacksResponse>");
        assertEquals("2010-07-27T22:28:28.123456+00:00", stacks.path("Stacks").path(0).path("CreationTime").asText());
        assertEquals("MyKey", stacks.path("Stacks").path(0).path("Parameters").path(0).path("ParameterValue").asText());
    }

    @Test
    void restJsonAnswersOfAmplify() throws Exception {
        // https://docs.aws.amazon.com/amplify/latest/APIReference/API_GetApp.html (response syntax: app, environmentVariables, createTime)
        String body = "{\"app\": {\"appId\": \"d2a55xmpl\", \"appArn\": \"arn:aws:amplify:us-east-1:123456789012:apps/d2a55xmpl\","
                + " \"name\": \"shop\", \"environmentVariables\": {\"API_URL\": \"https://api.example.com\", \"STAGE\": \"prod\"},"
                + " \"createTime\": 1583426372.5, \"updateTime\": 1583426372, \"platform\": \"WEB\", \"enableBranchAutoBuild\": false,"
                + " \"defaultDomain\": \"d2a55xmpl.amplifyapp.com\"}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkOracle.Answer expected = SDK.get().answer("amplify", "GetApp", 200, "application/json", bytes);
        JsonNode actual = CliResponses.decode("amplify", "get-app", bytes);
        assertEquals(expected.output().toString(), actual.toString());
        assertEquals("2020-03-05T16:39:32.500000+00:00", actual.path("app").path("createTime").asText());
        assertEquals("prod", actual.path("app").path("environmentVariables").path("STAGE").asText());
        assertEquals(new ServiceModel.Http("GET", "/apps/{appId}"), ServiceModel.of("amplify").http("GetApp"));
        String error = "{\"message\": \"App d2a55xmpl not found.\"}";
        SdkOracle.Answer notFound = SDK.get().answer("amplify", "GetApp", 404, "application/json", error.getBytes(StandardCharsets.UTF_8));
        assertEquals(new CliError(notFound.errorCode(), notFound.errorMessage()),
                CliErrors.decode("amplify", 404, error.getBytes(StandardCharsets.UTF_8), notFound.errorCode()));
    }
}
