package io.ecstriage.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values the error texts carry (capabilities asked for, parameter names, sizes, roles, ARNs), for rules and fixes. */
public final class ErrorTexts {
    private ErrorTexts() {}

    // What the rules look for in normalised (lower-case, straight-quote) texts; one place, so variants are added once.
    public static final String PULL_ERROR = "cannotpull|pull image|pull access denied|the task can't pull the image|failed to resolve ref"
            + "|manifest for |failed to normalize image reference|error: image ";
    public static final String PULL_REFUSED = "403|forbidden|pull access denied|access ?denied|not authorized"
            + "|requested access to the resource is denied";
    public static final String ECR_DENIED = "not authorized to perform: ecr:|check that the role has the permissions to pull images"
            + "|cannotpullecrcontainererror: accessdeniedexception";
    public static final String IMAGE_MISSING = "manifest unknown|not found|check whether the image exists"
            + "|failed to normalize image reference|invalid reference format";
    public static final String IMAGE_MAYBE_MISSING = "repository does not exist";
    public static final String SECRETS = "unable to pull secrets|unable to retrieve secrets? from (ssm|asm)|fetching secret data from ssm"
            + "|failed to fetch secret";
    public static final String NETWORK = "context deadline exceeded|i/o timeout|check your task network configuration|connection issue"
            + "|request ?canceled|dial tcp|timed out|context canceled";
    public static final String REGISTRY_AUTH = "retrieve ecr registry auth|pull registry auth from amazon ecr";
    /**
     * runc could not find the container's command: a bare word is looked up in $PATH ("exec: \"node index.js\": executable
     * file not found in $PATH"), a path is stat'ed ("exec: \"/app/start.sh\": stat /app/start.sh: no such file or directory";
     * older Docker quotes it once more: caused "exec: \\"./bin/run.sh\\": stat ./bin/run.sh: …", moby/moby#37749).
     */
    public static final String COMMAND_NOT_FOUND = "executable file not found|exec: \\\\?\"[^\"]+?\\\\?\": stat [^:]+: no such file or directory";
    /** The caller (a user, a CI role) may not run ecs:ExecuteCommand: its own IAM policy, not the task, refuses the session. */
    public static final String EXEC_CALLER_DENIED = "not authorized to perform: ecs:executecommand";
    public static final String SECRETS_DENIED = "accessdenied|not authorized|access to kms is not allowed";
    public static final String SECRETS_ABSENT = "parameternotfound|invalid ?parameters|resourcenotfoundexception"
            + "|can't find the specified secret|secret not found|does not exist";
    public static final String SECRETS_NOT_JSON = "invalid character .{0,40}looking for beginning of value|cannot unmarshal|not valid json";
    public static final String OOM = "outofmemoryerror|oom-killed|oomkilled|container killed due to memory usage";
    public static final String ESSENTIAL_EXITED = "essential container in task exited";
    public static final String EXEC_FORMAT = "exec format error";
    /** Stop reasons a task reaches only once its containers ran, so after its images were pulled. */
    public static final String CONTAINERS_RAN = "failed elb health checks|failed container health checks|" + ESSENTIAL_EXITED + "|" + OOM + "|" + EXEC_FORMAT;
    public static final String FARGATE_SIZE = "no fargate configuration exists for given values|invalid 'cpu' setting|invalid 'memory' setting";
    public static final String CAPABILITIES = "insufficientcapabilitiesexception|requires capabilities";
    public static final String PARAMETERS = "parameters: ?\\[[^\\]]*\\] must have values";
    public static final String TARGET_GROUP_ALONE = "does not have an associated load balancer";
    /** CreateService/UpdateService: an instance-type target group for awsvpc tasks. */
    public static final String TARGET_TYPE_INSTANCE = "target type instance,? which is incompatible with the awsvpc network mode";
    public static final String CIRCUIT_BREAKER = "circuit breaker";
    public static final String EXECUTION_ROLE_REQUIRED = "requires task definition to have execution role arn|execution role arn to support";
    public static final String NO_ANSWER = "could not resolve host|failed to connect|connection timed out|connection refused|empty reply"
            + "|no response|name or service not known|nxdomain|can't resolve|timed out";

    /** True when both regions are known and differ (a region that is null proves nothing). */
    public static boolean otherRegion(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /** What a secrets failure text says went wrong: denied, absent, not-json, or unknown. */
    public static String secretsProblem(String norm) {
        if (norm == null) return "unknown";
        if (Pattern.compile(SECRETS_NOT_JSON).matcher(norm).find()) return "not-json";
        if (refusedElsewhere(norm)) return "refused-elsewhere";
        if (norm.contains("kms")) return "kms";
        if (Pattern.compile(SECRETS_DENIED).matcher(norm).find()) return "denied";
        if (Pattern.compile(SECRETS_ABSENT).matcher(norm).find()) return "absent";
        return "unknown";
    }

    /**
     * IAM's clause naming a policy other than the principal's missing allow as deciding a denial (IAM User Guide, "Access
     * denied error messages": "with an explicit deny in a TYPE policy", "because no TYPE policy allows the ACTION action"):
     * an Allow added to the principal's own policies does not lift such a refusal. DENIED_BY is the clause's start, before the type.
     */
    public static final String DENIED_BY = "(?:explicit deny in an? |because no )";
    public static final String REFUSED_ELSEWHERE = DENIED_BY + "(service control|resource control"
            + "|permissions boundar|session|resource-based|vpc endpoint)|explicit deny in an? (identity-based)";
    private static final Pattern REFUSED_BY = Pattern.compile(REFUSED_ELSEWHERE);

    /**
     * The kind of policy a denial names as deciding it: "scp", "rcp", "boundary", "session", "resource", "endpoint",
     * "identity-deny" (a Deny in the principal's own policies); null when it names none or only the principal's missing allow.
     */
    public static String decidingPolicy(String norm) {
        if (norm == null || !(norm.contains("explicit deny in ") || norm.contains("because no "))) return null;
        Matcher m = REFUSED_BY.matcher(norm);
        if (!m.find()) return null;
        if (m.group(1) == null) return "identity-deny";
        return switch (m.group(1)) {
            case "service control" -> "scp";
            case "resource control" -> "rcp";
            case "permissions boundar" -> "boundary";
            case "session" -> "session";
            case "resource-based" -> "resource";
            default -> "endpoint";
        };
    }

    /** Whether the denial the text quotes was decided by a policy an Allow in the principal's own policies cannot outweigh or widen. */
    public static boolean refusedElsewhere(String norm) {
        return decidingPolicy(norm) != null;
    }

    /**
     * What a refusal decided elsewhere ({@link #decidingPolicy}) asks of the person, in place of an Allow for `role` on
     * `resource` (both as a sentence names them: "the execution role", "the repository"); null when the text names none.
     */
    public static String refusalNote(String norm, String role, String resource) {
        String kind = decidingPolicy(norm);
        if (kind == null) return null;
        return switch (kind) {
            case "scp" -> "IAM names a service control policy of the organization as the refusal: no policy of " + role
                    + " can allow it; the SCP (a Region or service guardrail) has to admit it";
            case "rcp" -> "IAM names a resource control policy of the organization as the refusal: it caps what " + resource
                    + " admits, whatever its own policy says";
            case "boundary" -> "IAM names the permissions boundary of " + role + " as the refusal: the boundary's policy has to allow"
                    + " it too, not only the role's";
            case "session" -> "IAM names a session policy as the refusal: the policy passed when the session was assumed leaves it out";
            case "resource" -> "IAM names a resource policy as the refusal: the policy of " + resource + " (for kms:Decrypt, its KMS"
                    + " key's key policy) has to admit " + role + "; a resource of another account needs that and the role's allow";
            case "endpoint" -> "IAM names a VPC endpoint policy as the refusal: the endpoint the task reaches has a policy that leaves"
                    + " it out";
            default -> "IAM names an explicit Deny in the policies of " + role + " as the refusal: an added Allow does not outweigh"
                    + " it; the Deny statement has to change";
        };
    }

    private static final Pattern CAPABILITY = Pattern.compile("CAPABILITY_[A-Z_]+");
    private static final Pattern PARAMETER_NAMES = Pattern.compile("(?i)parameters\\s*:\\s*\\[([^\\]]+)\\]\\s*must have values");
    private static final Pattern FARGATE_VALUES = Pattern.compile("(?i)given values\\s*:\\s*(\\d+)\\s*cpu\\s*,\\s*(\\d+)\\s*memory");
    private static final Pattern ASSUMED_ROLE = Pattern.compile("assumed-role/([\\w+=,.@-]+)/");
    private static final Pattern ECR_IMAGE = Pattern.compile(
            "(\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/[a-z0-9][a-z0-9._/-]*?)(?::([\\w][\\w.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?(?=[\\s:'\"]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The registry API's path for an image's manifest, as a pull error quotes it: HOST/v2/REPOSITORY/manifests/TAG-OR-DIGEST. */
    private static final Pattern ECR_MANIFEST = Pattern.compile(
            "(\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com)/v2/([a-z0-9][a-z0-9._/-]*?)/manifests/(sha256:[0-9a-f]{64}|[\\w][\\w.-]{0,127})(?=[\\s:'\"]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TARGET_GROUP = Pattern.compile("arn:aws[\\w-]*:elasticloadbalancing:[a-z0-9-]+:\\d{12}:targetgroup/[\\w-]+/[0-9a-f]+");

    /** CAPABILITY_NAMED_IAM and the like, in the order the text names them. */
    public static List<String> capabilities(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CAPABILITY.matcher(text == null ? "" : text);
        while (m.find()) out.add(m.group());
        return List.copyOf(out);
    }

    /** The parameters of "Parameters: [A, B] must have values". */
    public static List<String> missingParameters(String text) {
        Matcher m = PARAMETER_NAMES.matcher(text == null ? "" : text);
        if (!m.find()) return List.of();
        List<String> out = new ArrayList<>();
        for (String p : m.group(1).split(",")) if (!p.isBlank()) out.add(p.trim());
        return List.copyOf(out);
    }

    /** {cpu, memory} of "No Fargate configuration exists for given values: 512 CPU, 512 memory", or null. */
    public static int[] fargateValues(String text) {
        Matcher m = FARGATE_VALUES.matcher(text == null ? "" : text.replaceAll("\\s+", " "));
        return m.find() ? new int[] {Digits.clamped(m.group(1)), Digits.clamped(m.group(2))} : null;
    }

    /** The role of "User: arn:aws:sts::…:assumed-role/ROLE/session", or null. */
    public static String assumedRole(String text) {
        Matcher m = ASSUMED_ROLE.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : null;
    }

    /** ECR image references (with their tag or digest) a text names, e.g. a pull error's "manifest for … not found". */
    public static List<ImageRef> ecrImages(String text) {
        if (text == null || !namesEcrRegistry(text)) return List.of();
        Set<String> seen = new LinkedHashSet<>();
        // the registry and repository in lower case (ECR's are), the tag as written: tags are case-sensitive
        Matcher m = ECR_IMAGE.matcher(text);
        while (m.find()) {
            String repository = m.group(1).toLowerCase(Locale.ROOT);
            if (repository.contains("/v2/")) continue; // a registry API path: read below when it asks for a manifest
            seen.add(repository + (m.group(2) != null ? ":" + m.group(2) : "") + (m.group(3) != null ? "@" + m.group(3).toLowerCase(Locale.ROOT) : ""));
        }
        if (text.contains("/manifests/")) {
            Matcher api = ECR_MANIFEST.matcher(text);
            while (api.find()) {
                String ref = api.group(3);
                boolean digest = ref.regionMatches(true, 0, "sha256:", 0, 7);
                seen.add((api.group(1) + "/" + api.group(2)).toLowerCase(Locale.ROOT) + (digest ? "@" + ref.toLowerCase(Locale.ROOT) : ":" + ref));
            }
        }
        return seen.stream().map(ImageRef::parse).toList();
    }

    /** Whether the text holds ".dkr.ecr." in any case: ECR_IMAGE cannot match without it, and most texts have none. */
    private static boolean namesEcrRegistry(String text) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (text.regionMatches(true, dot, ".dkr.ecr.", 0, 9)) return true;
        }
        return false;
    }

    /** The target group ARN a text names, or null. */
    public static String targetGroupArn(String text) {
        Matcher m = TARGET_GROUP.matcher(text == null ? "" : text);
        return m.find() ? m.group() : null;
    }
}
