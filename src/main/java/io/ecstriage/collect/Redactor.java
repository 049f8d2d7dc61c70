package io.ecstriage.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.ecstriage.json.JsonTrees;

/**
 * Makes a fixture shareable without changing what it diagnoses (`snapshot --redact`, the doctor's `save --redact`).
 * Replaced consistently, so ARNs, image URIs and CIDRs still join up: account ids (in ARNs, ECR hosts, owner
 * fields, commands, and any other standalone 12-digit number), access key ids, e-mail addresses and public IPv4
 * addresses. Masked: signed URL parameters, passwords in URLs, and environment values whose name or value looks
 * secret. Private addresses stay (rules match task IPs against targets and subnets); keys and lists stay.
 */
public final class Redactor {
    public static final String MASK = "REDACTED";
    private static final Pattern ACCOUNT_IN_ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(\\d{12}):");
    private static final Pattern ACCOUNT_IN_ECR = Pattern.compile("(?<!\\d)(\\d{12})\\.dkr\\.ecr");
    private static final Pattern TWELVE = Pattern.compile("\\d{12}");
    /**
     * A 12-digit number not glued to letters or digits: an account id wherever it is written; but not the last group
     * of a UUID (a task id such as e7d7d51f-6119-46eb-98cb-899785832132, all digits about once in 300 tasks).
     */
    private static final Pattern STANDALONE_TWELVE = Pattern.compile("(?<![0-9A-Za-z])(?<![0-9a-fA-F]{4}-)[0-9]{12}(?![0-9A-Za-z])");
    private static final Pattern ACCESS_KEY = Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b");
    /** Not the user:password@ of a URL, which URL_PASSWORD masks. */
    private static final Pattern EMAIL = Pattern.compile("(?<![:/A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![0-9])");
    /** Names that look secret even when they also look like a URL (AUTH_URL, PRIVATE_ENDPOINT). */
    private static final Pattern ALWAYS_SECRET_NAME = Pattern.compile("(?i).*(pass|secret|token|key|credential|auth|private).*");
    private static final java.util.Set<String> ACCOUNT_FIELDS = java.util.Set.of("OwnerId", "ownerId", "registryId",
            "RegistryId", "AccountId", "accountId", "Account", "account", "UserId");
    private static final Pattern SIGNED = Pattern.compile("(?i)([?&](?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|Signature)=)[^&\\s\"']+");
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+:)[^@\\s/]+@");
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(secret|passw|pwd|token|api_?key|apikey|private_?key|access_?key|credential|auth|session|cookie|signature|dsn|connection_?string).*");
    private static final Pattern URL_NAME = Pattern.compile("(?i).*(url|uri|endpoint|host|origin|base|domain).*");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?:AKIA|ASIA)[A-Z0-9]{16}|eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]+|-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*|"
                    + "(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*\\d)[A-Za-z0-9/+]{40}");

    private final JsonTrees json;
    private final Map<String, String> accounts = new LinkedHashMap<>();
    private final Map<String, String> accessKeys = new LinkedHashMap<>();
    private final Map<String, String> emails = new LinkedHashMap<>();
    private final Map<String, String> ips = new LinkedHashMap<>();

    public Redactor(JsonTrees json) {
        this.json = json;
    }

    /** The account ids replaced, and by what: original → stand-in. */
    public Map<String, String> accounts() {
        return Map.copyOf(accounts);
    }

    /** A redacted copy of a fixture (or any tree); `knownAccount` (the caller's, may be null) is always replaced. */
    public <T extends JsonNode> T redact(T tree, String knownAccount) {
        if (knownAccount != null) standIn(knownAccount);
        JsonNode copy = tree.deepCopy();
        findAccounts(copy);
        @SuppressWarnings("unchecked")
        T redacted = (T) walk(copy, null);
        return redacted;
    }

    private void standIn(String account) {
        accounts.computeIfAbsent(account, a -> String.format("%012d", 100000000000L + accounts.size() + 1));
    }

    private void findAccounts(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (ACCOUNT_FIELDS.contains(e.getKey()) && e.getValue().isTextual() && TWELVE.matcher(e.getValue().asText()).matches()) {
                    standIn(e.getValue().asText());
                }
                findAccounts(e.getValue());
            });
        } else if (node.isArray()) {
            node.forEach(this::findAccounts);
        } else if (node.isTextual()) {
            String s = node.asText();
            for (Pattern p : new Pattern[] {ACCOUNT_IN_ARN, ACCOUNT_IN_ECR}) {
                Matcher m = p.matcher(s);
                while (m.find()) standIn(m.group(1));
            }
        }
    }

    /** @param name the environment variable name when `node` is one's value, else null */
    private JsonNode walk(JsonNode node, String name) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            String envName = envName(o);
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                boolean isEnvValue = envName != null && (e.getKey().equals("value") || e.getKey().equals("Value")
                        || e.getKey().equals("ParameterValue"));
                boolean isEnvMap = e.getKey().equals("environmentVariables") || e.getKey().equals("EnvironmentVariables")
                        || e.getKey().equals("Variables");
                if (isEnvMap && e.getValue().isObject()) {
                    ObjectNode env = (ObjectNode) e.getValue();
                    env.fieldNames().forEachRemaining(k -> env.set(k, walk(env.get(k), k)));
                } else {
                    e.setValue(walk(e.getValue(), isEnvValue ? envName : null));
                }
            }
            return o;
        }
        if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) a.set(i, walk(a.get(i), null));
            return a;
        }
        if (node.isTextual()) return TextNode.valueOf(text(node.asText(), name));
        return node;
    }

    private static String envName(ObjectNode o) {
        for (String k : new String[] {"name", "Name", "ParameterKey"}) {
            JsonNode n = o.get(k);
            if (n != null && n.isTextual() && (o.has("value") || o.has("Value") || o.has("ParameterValue"))) return n.asText();
        }
        return null;
    }

    String text(String s, String envName) {
        String t = s.strip();
        if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
            try { // CloudFormation's ResourceProperties: JSON inside a string
                JsonNode inner = json.read(t);
                if (inner != null && inner.isContainerNode()) return json.compact(walk(inner, null));
            } catch (IOException e) {
                // not JSON after all: redact it as text
            }
        }
        String out = s;
        if (envName != null && secretName(envName)) return MASK;
        if (envName != null && SECRET_VALUE.matcher(out).find()) return MASK;
        out = SIGNED.matcher(out).replaceAll("$1" + MASK);
        out = URL_PASSWORD.matcher(out).replaceAll("$1" + MASK + "@");
        out = replace(ACCESS_KEY, out, accessKeys, n -> String.format(Locale.ROOT, "AKIAREDACTED%08d", n));
        out = replace(EMAIL, out, emails, n -> "user" + n + "@example.com");
        Matcher twelve = STANDALONE_TWELVE.matcher(out);
        while (twelve.find()) standIn(twelve.group());
        out = replaceAccounts(out);
        return publicAddresses(out);
    }

    private static boolean secretName(String envName) {
        return (SECRET_NAME.matcher(envName).matches() && !URL_NAME.matcher(envName).matches())
                || ALWAYS_SECRET_NAME.matcher(envName).matches();
    }

    private static String replace(Pattern p, String s, Map<String, String> seen, IntFunction<String> standIn) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r = seen.computeIfAbsent(m.group(), k -> standIn.apply(seen.size() + 1));
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String publicAddresses(String s) {
        Matcher m = IPV4.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ip = m.group();
            String r = isPublic(m) ? ips.computeIfAbsent(ip, k -> "198.51.100." + (ips.size() + 1) % 256) : ip;
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isPublic(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        for (int i = 1; i <= 4; i++) if (Integer.parseInt(m.group(i)) > 255) return false;
        if (a == 0 || a == 10 || a == 127 || a >= 224) return false; // 0.0.0.0/0 and friends stay
        if (a == 172 && b >= 16 && b <= 31) return false;
        if (a == 192 && b == 168) return false;
        if (a == 169 && b == 254) return false;
        if (a == 100 && b >= 64 && b <= 127) return false;
        return true;
    }

    /** Applies the account replacement alone (to compare a report of the original with one of the redacted fixture). */
    public String replaceAccounts(String s) {
        String out = s;
        for (Map.Entry<String, String> a : accounts.entrySet()) out = out.replaceAll("(?<!\\d)" + a.getKey() + "(?!\\d)", a.getValue());
        return out;
    }
}
