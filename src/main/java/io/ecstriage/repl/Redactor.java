package io.ecstriage.repl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what should not leave the incident in a saved fixture: account ids, access key ids, public IPv4
 * addresses and e-mail addresses are replaced consistently (the same value always maps to the same stand-in, so
 * ARNs, image URIs and CIDRs still join up and the diagnosis does not change); values of environment variables
 * and secrets whose names look secret (PASSWORD, TOKEN, KEY…) become "REDACTED". Private addresses stay: rules
 * match task IPs against targets and subnets.
 */
public final class Redactor {
    private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])");
    private static final Pattern ACCESS_KEY = Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b");
    private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(pass|secret|token|key|credential|auth|private).*");

    private final Map<String, String> accounts = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> ips = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();

    /** A redacted copy of the tree. */
    public JsonNode redact(JsonNode node) {
        return walk(node.deepCopy());
    }

    private JsonNode walk(JsonNode node) {
        if (node.isTextual()) return TextNode.valueOf(text(node.asText()));
        if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) a.set(i, walk(a.get(i)));
            if (looksLikeNameValueList(a)) a.forEach(this::maskNamedValue);
            return a;
        }
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            Map<String, JsonNode> replaced = new HashMap<>();
            while (it.hasNext()) {
                var e = it.next();
                replaced.put(e.getKey(), walk(e.getValue()));
            }
            replaced.forEach(o::set);
            return o;
        }
        return node;
    }

    /** ECS `environment` and `secrets`: [{"name": …, "value"|"valueFrom": …}]. */
    private static boolean looksLikeNameValueList(ArrayNode a) {
        return !a.isEmpty() && a.get(0).isObject() && a.get(0).has("name") && (a.get(0).has("value") || a.get(0).has("valueFrom"));
    }

    private void maskNamedValue(JsonNode item) {
        if (item instanceof ObjectNode o && SECRET_NAME.matcher(o.path("name").asText()).matches() && o.has("value")) {
            o.put("value", "REDACTED");
        }
    }

    String text(String s) {
        s = replace(ACCESS_KEY, s, keys, n -> String.format(Locale.ROOT, "AKIAREDACTED%08d", n));
        s = replace(EMAIL, s, emails, n -> "user" + n + "@example.com");
        s = replace(ACCOUNT, s, accounts, n -> String.format(Locale.ROOT, "%012d", 100000000000L + n));
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

    private static String replace(Pattern p, String s, Map<String, String> seen, java.util.function.IntFunction<String> standIn) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r = seen.computeIfAbsent(m.group(), k -> standIn.apply(seen.size() + 1));
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isPublic(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        for (int i = 1; i <= 4; i++) if (Integer.parseInt(m.group(i)) > 255) return false;
        if (a == 0 || a == 10 || a == 127 || a >= 224) return false;   // 0.0.0.0/0 and friends stay
        if (a == 172 && b >= 16 && b <= 31) return false;
        if (a == 192 && b == 168) return false;
        if (a == 169 && b == 254) return false;
        if (a == 100 && b >= 64 && b <= 127) return false;
        return true;
    }
}
