package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EndpointsTest {
    private final Endpoints aws = new Endpoints(null);

    @Test
    void regionalServices_inEachPartition() {
        assertEquals(new Endpoints.Endpoint(URI.create("https://ecs.eu-west-1.amazonaws.com/"), "eu-west-1"), aws.of("ecs", "eu-west-1"));
        assertEquals(URI.create("https://elasticloadbalancing.ap-northeast-1.amazonaws.com/"), aws.of("elbv2", "ap-northeast-1").uri());
        assertEquals(URI.create("https://api.ecr.us-east-2.amazonaws.com/"), aws.of("ecr", "us-east-2").uri());
        assertEquals(URI.create("https://ec2.cn-north-1.amazonaws.com.cn/"), aws.of("ec2", "cn-north-1").uri());
        assertEquals(URI.create("https://logs.us-gov-west-1.amazonaws.com/"), aws.of("logs", "us-gov-west-1").uri());
    }

    @Test
    void stsIsRegional() {
        assertEquals(new Endpoints.Endpoint(URI.create("https://sts.eu-central-1.amazonaws.com/"), "eu-central-1"), aws.of("sts", "eu-central-1"));
    }

    @Test
    void iamIsGlobalPerPartition_signedForThePartitionsFirstRegion() {
        assertEquals(new Endpoints.Endpoint(URI.create("https://iam.amazonaws.com/"), "us-east-1"), aws.of("iam", "ap-northeast-1"));
        assertEquals(new Endpoints.Endpoint(URI.create("https://iam.cn-north-1.amazonaws.com.cn/"), "cn-north-1"), aws.of("iam", "cn-northwest-1"));
        assertEquals(new Endpoints.Endpoint(URI.create("https://iam.us-gov.amazonaws.com/"), "us-gov-west-1"), aws.of("iam", "us-gov-east-1"));
    }

    @Test
    void anOverrideTakesEveryService_signedAsWithout() {
        Endpoints local = new Endpoints(URI.create("http://localhost:4566"));
        assertEquals(new Endpoints.Endpoint(URI.create("http://localhost:4566/"), "eu-west-1"), local.of("ecs", "eu-west-1"));
        assertEquals(new Endpoints.Endpoint(URI.create("http://localhost:4566/"), "us-east-1"), local.of("iam", "eu-west-1"));
    }
}
