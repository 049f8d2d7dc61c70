package io.ecstriage.aws;

import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * The read-only rule: the wire client asks {@link #isRead} before signing anything, and as an interceptor on the SDK
 * client left (Amplify's) it refuses, before anything is signed or sent, every operation that is not a
 * read. A read is named Describe…, List…, Get…, Filter…, BatchGet…, Lookup… or Search…, less the reads that
 * hand out secrets or credentials (ECR auth tokens, layer download URLs, secret values).
 */
public final class ReadOnlyGuard implements ExecutionInterceptor {
    private static final Pattern READ = Pattern.compile("^(Describe|List|Get|Filter|BatchGet|Lookup|Search)[A-Z].*");
    private static final Set<String> SECRET_READS = Set.of("GetAuthorizationToken", "GetDownloadUrlForLayer",
            "BatchGetImage", "GetSecretValue", "GetParameter", "GetParameters", "GetParametersByPath", "GetSessionToken",
            "GetFederationToken", "GetRoleCredentials", "GetPasswordData", "GetLoginProfile");

    /** Whether `operation` (the API's name, e.g. DescribeTasks) only reads and hands out no secret. */
    public static boolean isRead(String operation) {
        return operation != null && READ.matcher(operation).matches() && !SECRET_READS.contains(operation);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (!isRead(operation)) throw new MutatingCallRefusedException(service, operation);
    }

    /** Thrown instead of sending a request that is not a read. */
    public static final class MutatingCallRefusedException extends RuntimeException {
        public MutatingCallRefusedException(String service, String operation) {
            super("ecs-triage is read-only: refused " + service + ":" + operation + " before sending it");
        }
    }
}
