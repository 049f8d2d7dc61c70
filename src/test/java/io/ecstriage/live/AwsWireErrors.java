package io.ecstriage.live;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which AWS call an HTTP request is, and the error responses each protocol sends back, shaped as AWS sends them
 * (JSON 1.1 with {@code __type} for ECS, Logs and ECR; EC2's own {@code <Response><Errors>} XML; the query
 * protocol's {@code <ErrorResponse>} for ELBv2, CloudFormation and STS).
 */
final class AwsWireErrors {
    private static final Map<String, String> QUERY_NAMESPACES = Map.of(
            "cloudformation", "http://cloudformation.amazonaws.com/doc/2010-05-15/",
            "elasticloadbalancing", "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/",
            "sts", "https://sts.amazonaws.com/doc/2011-06-15/");
    static final String CALLER = "arn:aws:iam::" + Emulated.ACCOUNT + ":user/ecs-triage-reader";

    private AwsWireErrors() {}

    enum Protocol { JSON, EC2, QUERY, REST_JSON }

    /** One API call as IAM names it: the signing name ("ecs", "elasticloadbalancing") and the operation. */
    record Call(String service, String operation, Protocol protocol) {
        String action() {
            return service + ":" + operation;
        }
    }

    static Call identify(HttpWire.Request request) {
        String service = signingName(request.header("Authorization"));
        String target = request.header("X-Amz-Target");
        if (target != null) return new Call(service, target.substring(target.lastIndexOf('.') + 1), Protocol.JSON);
        String action = formValue(request.bodyText(), "Action");
        if (action == null) action = formValue(query(request.target()), "Action");
        if (action != null) return new Call(service, action, service.equals("ec2") ? Protocol.EC2 : Protocol.QUERY);
        return new Call(service, request.method() + " " + path(request.target()), Protocol.REST_JSON);
    }

    static HttpWire.Response throttling(Call call, String requestId) {
        return switch (call.protocol()) {
            case JSON -> json(400, "ThrottlingException", "Rate exceeded", requestId);
            case EC2 -> ec2(503, "RequestLimitExceeded", "Request limit exceeded.", requestId);
            case QUERY -> query(call, 400, "Sender", "Throttling", "Rate exceeded", requestId);
            case REST_JSON -> json(429, "TooManyRequestsException", "Rate exceeded", requestId);
        };
    }

    static HttpWire.Response serverError(Call call, int status, String requestId) {
        boolean unavailable = status == 503;
        return switch (call.protocol()) {
            case JSON, REST_JSON -> json(status, unavailable ? "ServiceUnavailableException" : "InternalFailure",
                    unavailable ? "Service Unavailable" : "An internal error has occurred", requestId);
            case EC2 -> ec2(status, unavailable ? "Unavailable" : "InternalError",
                    unavailable ? "The server is overloaded and can't handle the request." : "An internal error has occurred.", requestId);
            case QUERY -> query(call, status, "Receiver", unavailable ? "ServiceUnavailable" : "InternalFailure",
                    unavailable ? "Service Unavailable" : "An internal error has occurred", requestId);
        };
    }

    static HttpWire.Response accessDenied(Call call, String requestId) {
        String why = "User: " + CALLER + " is not authorized to perform: " + call.action()
                + " because no identity-based policy allows the " + call.action() + " action";
        return switch (call.protocol()) {
            case JSON, REST_JSON -> json(call.protocol() == Protocol.JSON ? 400 : 403, "AccessDeniedException", why, requestId);
            case EC2 -> ec2(403, "UnauthorizedOperation", "You are not authorized to perform this operation. " + why, requestId);
            case QUERY -> query(call, 403, "Sender", "AccessDenied", why, requestId);
        };
    }

    private static HttpWire.Response json(int status, String type, String message, String requestId) {
        String body = "{\"__type\":\"" + type + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
        return new HttpWire.Response(status, List.of(Map.entry("Content-Type", "application/x-amz-json-1.1"),
                Map.entry("x-amzn-RequestId", requestId), Map.entry("x-amzn-ErrorType", type)), bytes(body));
    }

    private static HttpWire.Response ec2(int status, String code, String message, String requestId) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code + "</Code><Message>"
                + xml(message) + "</Message></Error></Errors><RequestID>" + requestId + "</RequestID></Response>";
        return new HttpWire.Response(status, List.of(Map.entry("Content-Type", "text/xml;charset=UTF-8")), bytes(body));
    }

    private static HttpWire.Response query(Call call, int status, String type, String code, String message, String requestId) {
        String ns = QUERY_NAMESPACES.getOrDefault(call.service(), "https://" + call.service() + ".amazonaws.com/doc/");
        String body = "<ErrorResponse xmlns=\"" + ns + "\">\n  <Error>\n    <Type>" + type + "</Type>\n    <Code>" + code
                + "</Code>\n    <Message>" + xml(message) + "</Message>\n  </Error>\n  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n";
        return new HttpWire.Response(status, List.of(Map.entry("Content-Type", "text/xml"), Map.entry("x-amzn-RequestId", requestId)),
                bytes(body));
    }

    /** "AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/SERVICE/aws4_request, …" → SERVICE. */
    private static String signingName(String authorization) {
        if (authorization == null) return "unknown";
        int start = authorization.indexOf("Credential=");
        if (start < 0) return "unknown";
        int end = authorization.indexOf(',', start);
        String[] scope = authorization.substring(start + "Credential=".length(), end < 0 ? authorization.length() : end).split("/");
        return scope.length >= 5 ? scope[3].toLowerCase(Locale.ROOT) : "unknown";
    }

    private static String formValue(String form, String name) {
        if (form == null) return null;
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) return java.net.URLDecoder.decode(pair.substring(eq + 1),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }

    private static String query(String target) {
        int q = target.indexOf('?');
        return q < 0 ? null : target.substring(q + 1);
    }

    private static String path(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
