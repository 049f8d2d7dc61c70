package io.ecstriage.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.ecstriage.json.JsonTrees;

/**
 * Makes a fixture shareable without changing what it diagnoses: account ids are replaced consistently
 * (the same id always by the same stand-in, everywhere: ARNs, ECR hosts, owner fields, commands), signed URL
 * parameters and secret-looking environment values are masked; keys, lists and every other value stay.
 */
public final class Redactor {
    public static final String MASK = "REDACTED";
    private static final Pattern ACCOUNT_IN_ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(\\d{12}):");
    private static final Pattern ACCOUNT_IN_ECR = Pattern.compile("(?<!\\d)(\\d{12})\\.dkr\\.ecr");
    private static final Pattern TWELVE = Pattern.compile("\\d{12}");
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

    public Redactor(JsonTrees json) {
        this.json = json;
    }

    /** The account ids replaced, and by what: original → stand-in. */
    public Map<String, String> accounts() {
        return Map.copyOf(accounts);
    }

    /** Redacts a fixture in place and returns it; `knownAccount` (the caller's, may be null) is always replaced. */
    public ObjectNode redact(ObjectNode fixture, String knownAccount) {
        if (knownAccount != null) standIn(knownAccount);
        findAccounts(fixture);
        JsonNode redacted = walk(fixture, null);
        return (ObjectNode) redacted;
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
        if (envName != null && SECRET_NAME.matcher(envName).matches() && !URL_NAME.matcher(envName).matches()) return MASK;
        if (envName != null && SECRET_VALUE.matcher(out).find()) return MASK;
        out = SIGNED.matcher(out).replaceAll("$1" + MASK);
        out = URL_PASSWORD.matcher(out).replaceAll("$1" + MASK + "@");
        for (Map.Entry<String, String> a : accounts.entrySet()) {
            if (out.contains(a.getKey())) out = out.replaceAll("(?<!\\d)" + a.getKey() + "(?!\\d)", a.getValue());
        }
        return out;
    }

    /** Applies the account replacement alone (to compare a report of the original with one of the redacted fixture). */
    public String replaceAccounts(String s) {
        String out = s;
        for (Map.Entry<String, String> a : accounts.entrySet()) out = out.replaceAll("(?<!\\d)" + a.getKey() + "(?!\\d)", a.getValue());
        return out;
    }
}
