package io.ecstriage.aws.wire;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS Signature Version 4 for one request (header signing): the canonical request, the string to sign, the
 * signing key derived from the secret, date, Region and service, and the headers that carry the result.
 */
public final class SigV4 {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /**
     * Signing keys by scope and secret: a key holds for a day, Region and service, so a run derives one per service it
     * calls instead of four HMACs for every request (as the SDKs cache it).
     */
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

    private SigV4() {}

    /** Keys to sign with; a session token (temporary credentials) is sent and signed as X-Amz-Security-Token. */
    public record Credentials(String accessKeyId, String secretAccessKey, String sessionToken) {
        @Override
        public String toString() {
            return "Credentials[" + accessKeyId + "]"; // never the secret
        }
    }

    /**
     * The headers to add to the request: X-Amz-Date, X-Amz-Security-Token when there is a token, Authorization.
     *
     * @param headers the request's other headers, all signed (Host is taken from the URI)
     */
    public static Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body,
                                           Credentials credentials, String region, String service, Instant now) {
        String amzDate = stamp(now);
        String date = amzDate.substring(0, 8);
        Map<String, String> signed = new TreeMap<>();
        headers.forEach((k, v) -> signed.put(k.toLowerCase(Locale.ROOT), singleSpaced(v.strip())));
        signed.put("host", host(uri));
        signed.put("x-amz-date", amzDate);
        if (credentials.sessionToken() != null) signed.put("x-amz-security-token", credentials.sessionToken());
        String signedHeaders = String.join(";", signed.keySet());
        String canonical = canonicalRequest(method, uri, signed, signedHeaders, hex(sha256(body)));
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String toSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = KEYS.computeIfAbsent(scope + "\n" + credentials.secretAccessKey(),
                k -> signingKey(credentials.secretAccessKey(), date, region, service));
        String signature = hex(hmac(key, toSign));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("X-Amz-Date", amzDate);
        if (credentials.sessionToken() != null) out.put("X-Amz-Security-Token", credentials.sessionToken());
        out.put("Authorization", ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        return out;
    }

    /** yyyyMMdd'T'HHmmss'Z' in UTC, written out: a DateTimeFormatter's set-up is a cost of the first request of a run. */
    static String stamp(Instant now) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(now.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(16);
        pad(b, t.getYear(), 4);
        pad(b, t.getMonthValue(), 2);
        pad(b, t.getDayOfMonth(), 2);
        b.append('T');
        pad(b, t.getHour(), 2);
        pad(b, t.getMinute(), 2);
        pad(b, t.getSecond(), 2);
        return b.append('Z').toString();
    }

    private static void pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) b.append('0');
        b.append(digits);
    }

    /** Runs of spaces as one space, as SigV4 canonicalises header values. */
    static String singleSpaced(String v) {
        if (!v.contains("  ")) return v;
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != ' ' || b.length() == 0 || b.charAt(b.length() - 1) != ' ') b.append(c);
        }
        return b.toString();
    }

    static String canonicalRequest(String method, URI uri, Map<String, String> sortedHeaders, String signedHeaders, String payloadHash) {
        StringBuilder b = new StringBuilder(method).append('\n');
        String path = uri.getRawPath();
        b.append(path == null || path.isEmpty() ? "/" : path).append('\n');
        b.append(canonicalQuery(uri.getRawQuery())).append('\n');
        sortedHeaders.forEach((k, v) -> b.append(k).append(':').append(v).append('\n'));
        return b.append('\n').append(signedHeaders).append('\n').append(payloadHash).toString();
    }

    /** Query parameters re-encoded the RFC 3986 way and sorted by name, then value. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return "";
        List<String[]> pairs = new ArrayList<>();
        for (String p : rawQuery.split("&")) {
            int eq = p.indexOf('=');
            String k = eq < 0 ? p : p.substring(0, eq);
            String v = eq < 0 ? "" : p.substring(eq + 1);
            pairs.add(new String[] {encode(URLDecoder.decode(k, StandardCharsets.UTF_8)), encode(URLDecoder.decode(v, StandardCharsets.UTF_8))});
        }
        pairs.sort((a, c) -> a[0].equals(c[0]) ? a[1].compareTo(c[1]) : a[0].compareTo(c[0]));
        StringBuilder b = new StringBuilder();
        for (String[] p : pairs) b.append(b.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
        return b.toString();
    }

    /** RFC 3986 percent-encoding: only A-Z a-z 0-9 - _ . ~ stay as they are. */
    public static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') b.append(c);
            else b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return b.toString();
    }

    private static String host(URI uri) {
        int port = uri.getPort();
        boolean standard = port < 0 || port == 443 && "https".equalsIgnoreCase(uri.getScheme()) || port == 80 && "http".equalsIgnoreCase(uri.getScheme());
        return standard ? uri.getHost() : uri.getHost() + ":" + port;
    }

    static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        k = hmac(k, region);
        k = hmac(k, service);
        return hmac(k, "aws4_request");
    }

    /** HMAC-SHA256 (RFC 2104) over {@link Sha256}: the package keeps to java.* (WireImportsTest), and javax.crypto is not. */
    static byte[] hmac(byte[] key, String data) {
        byte[] k = key.length > 64 ? sha256(key) : key;
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte b = i < k.length ? k[i] : 0;
            inner[i] = (byte) (b ^ 0x36);
            outer[i] = (byte) (b ^ 0x5c);
        }
        return Sha256.digest(outer, Sha256.digest(inner, data.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] data) {
        return Sha256.digest(data);
    }

    static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        return b.toString();
    }
}
