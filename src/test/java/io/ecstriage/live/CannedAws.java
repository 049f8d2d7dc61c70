package io.ecstriage.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A stand-in upstream for testing the fault proxy without moto: one fixed, valid empty answer per operation
 * (ECS DescribeClusters, Logs DescribeLogGroups, EC2 DescribeVpcs, STS GetCallerIdentity, ELBv2
 * DescribeLoadBalancers), 400 for anything else.
 */
public final class CannedAws implements AutoCloseable {
    private final HttpServer server;

    private CannedAws(HttpServer server) {
        this.server = server;
    }

    public static CannedAws start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            s.setExecutor(Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "canned-aws");
                t.setDaemon(true);
                return t;
            }));
            s.createContext("/", CannedAws::answer);
            s.start();
            return new CannedAws(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String target = x.getRequestHeaders().getFirst("X-Amz-Target");
        String type = "application/x-amz-json-1.1";
        String out;
        int status = 200;
        if (target != null && target.endsWith(".DescribeClusters")) out = "{\"clusters\":[],\"failures\":[]}";
        else if (target != null && target.endsWith(".DescribeLogGroups")) out = "{\"logGroups\":[]}";
        else if (body.contains("Action=DescribeVpcs")) {
            type = "text/xml";
            out = "<DescribeVpcsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><vpcSet/></DescribeVpcsResponse>";
        } else if (body.contains("Action=GetCallerIdentity")) {
            type = "text/xml";
            out = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>"
                    + AwsWireErrors.CALLER + "</Arn><UserId>AIDA</UserId><Account>" + Emulated.ACCOUNT
                    + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
        } else if (body.contains("Action=DescribeLoadBalancers")) {
            type = "text/xml";
            out = "<DescribeLoadBalancersResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\"><DescribeLoadBalancersResult>"
                    + "<LoadBalancers/></DescribeLoadBalancersResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeLoadBalancersResponse>";
        } else {
            status = 400;
            out = "{\"__type\":\"InvalidAction\",\"message\":\"not canned\"}";
        }
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
