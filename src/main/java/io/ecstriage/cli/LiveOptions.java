package io.ecstriage.cli;

import io.ecstriage.aws.AwsOptions;
import io.ecstriage.collect.LiveSession;
import io.ecstriage.collect.Target;
import io.ecstriage.repl.Scope;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options that make diagnose, snapshot and doctor read a live account, named as the aws CLI names them. */
@Command(addMethodSubcommands = false) // picocli would otherwise scan its methods, and Object's, at every start
public final class LiveOptions {
    static final String DEFAULT_MAX_PARALLEL = "16";

    @Option(names = "--stack", paramLabel = "NAME", description = "Read the CloudFormation stack NAME (nested stacks included) from AWS.")
    String stack;

    @Option(names = "--cluster", paramLabel = "CLUSTER", description = "Read the ECS cluster CLUSTER (all its services, or those of --service) from AWS.")
    String cluster;

    @Option(names = "--service", paramLabel = "SERVICE", description = "With --cluster: only this service (repeatable).")
    List<String> services = new ArrayList<>();

    @Option(names = "--amplify-app", paramLabel = "ID", description = "Also read the Amplify app ID and its branches' environment variables.")
    String amplifyApp;

    @Option(names = "--amplify-branch", paramLabel = "NAME", description = "With --amplify-app: only this branch.")
    String amplifyBranch;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "The AWS profile (default: AWS_PROFILE, else default); SSO profiles work after `aws sso login`.")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to URL (default: AWS_ENDPOINT_URL), e.g. an emulator.")
    String endpointUrl;

    @Option(names = "--max-parallel", paramLabel = "N", defaultValue = DEFAULT_MAX_PARALLEL, description = "At most N AWS calls at once (default " + DEFAULT_MAX_PARALLEL + ").")
    int maxParallel;

    boolean live() {
        return stack != null || cluster != null;
    }

    /** Why the combination is wrong, or null. */
    String problem(boolean hasFixture) {
        int sources = (hasFixture ? 1 : 0) + (stack != null ? 1 : 0) + (cluster != null ? 1 : 0);
        if (sources == 0) return "Missing required option: '--fixture=PATH' (or --stack NAME, --cluster CLUSTER to read AWS live)";
        if (sources > 1) return "--fixture, --stack and --cluster exclude each other";
        if (!services.isEmpty() && cluster == null) return "--service needs --cluster";
        if (amplifyBranch != null && amplifyApp == null) return "--amplify-branch needs --amplify-app";
        if (maxParallel < 1) return "--max-parallel must be at least 1";
        if (!live() && (profile != null || endpointUrl != null || amplifyApp != null)) {
            return "--profile, --endpoint-url and --amplify-app read live AWS: use them with --stack or --cluster";
        }
        return null;
    }

    /** Why the doctor cannot start with these options, or null: a session may hold fixtures and a live scope at once. */
    String sessionProblem() {
        if (amplifyBranch != null && amplifyApp == null) return "--amplify-branch needs --amplify-app";
        if (maxParallel < 1) return "--max-parallel must be at least 1";
        if (amplifyApp != null && !live()) return "--amplify-app reads live AWS: use it with --stack or --cluster";
        return null;
    }

    /** The doctor's scope: a stack, or a cluster with its one --service; a --service alone names a service of any cluster. */
    Scope sessionScope() {
        Scope scope = Scope.NONE.with(Scope.Kind.stack, stack).with(Scope.Kind.cluster, cluster);
        return services.size() == 1 ? scope.with(Scope.Kind.service, services.get(0)) : scope;
    }

    /** What the doctor collects at start: the scope, with every --service and the Amplify app. */
    Target sessionTarget() {
        Scope scope = sessionScope();
        return new Target(scope.stack(), scope.cluster(), services, amplifyApp, amplifyBranch);
    }

    Target target() {
        return new Target(stack, cluster, services, amplifyApp, amplifyBranch);
    }

    AwsOptions aws(String region, java.util.Map<String, String> env) {
        return new AwsOptions(region, profile, endpointUrl, env);
    }

    /** The live seam these options open: clients for the profile, endpoint and Region, reading at most --max-parallel at once. */
    LiveSession session(String region, java.util.Map<String, String> env) {
        return LiveSession.open(aws(region, env), maxParallel);
    }

    /** How the report names a live input: "live stack NAME", "live cluster C service S". */
    String inputName() {
        String t = target().describe("");
        return "live " + t.substring(0, t.length() - " in ".length());
    }
}
