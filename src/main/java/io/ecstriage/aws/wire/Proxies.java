package io.ecstriage.aws.wire;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy a request goes through, from the environment as the aws CLI and the SDK read it: HTTPS_PROXY for https
 * endpoints, HTTP_PROXY for http ones (upper or lower case), except for hosts NO_PROXY names (a host, a domain suffix
 * such as `.internal` or `internal`, or `*`). With none of them set, the JVM's own proxy settings (-Dhttps.proxyHost)
 * apply as they would to any connection.
 */
public final class Proxies {
    /** No proxy variables: each connection uses the JVM's default proxy selection. */
    public static final Proxies JVM_DEFAULT = new Proxies(null, null, List.of());

    private final URI https;
    private final URI http;
    private final List<String> noProxy;

    private Proxies(URI https, URI http, List<String> noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
    }

    /** @throws IllegalArgumentException with one line naming the variable when a proxy is not host[:port] or a URL */
    public static Proxies fromEnvironment(Map<String, String> env) {
        URI https = proxy(env, "HTTPS_PROXY");
        URI http = proxy(env, "HTTP_PROXY");
        if (https == null && http == null) return JVM_DEFAULT;
        List<String> no = new ArrayList<>();
        String list = value(env, "NO_PROXY");
        if (list != null) {
            for (String h : list.split(",")) {
                String t = h.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) no.add(t);
            }
        }
        boolean credentials = https != null && https.getUserInfo() != null || http != null && http.getUserInfo() != null;
        if (credentials && System.getProperty("jdk.http.auth.tunneling.disabledSchemes") == null) {
            System.setProperty("jdk.http.auth.tunneling.disabledSchemes", "");
        }
        return new Proxies(https, http, List.copyOf(no));
    }

    /**
     * Answers the proxy's request for credentials (Basic, as curl and the aws CLI send them) when its URL carries
     * them; null otherwise. The JDK refuses Basic for HTTPS tunnels unless jdk.http.auth.tunneling.disabledSchemes
     * allows it, so {@link #fromEnvironment} clears that property (unless set) when a proxy URL has credentials.
     */
    public Authenticator authenticator(URI endpoint) {
        URI p = this == JVM_DEFAULT ? null : "https".equalsIgnoreCase(endpoint.getScheme()) ? https : http;
        if (p == null || p.getUserInfo() == null) return null;
        String info = p.getUserInfo();
        int colon = info.indexOf(':');
        String user = decode(colon < 0 ? info : info.substring(0, colon));
        char[] password = decode(colon < 0 ? "" : info.substring(colon + 1)).toCharArray();
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return getRequestorType() == RequestorType.PROXY ? new PasswordAuthentication(user, password) : null;
            }
        };
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The proxy for `endpoint`, or null to let the JVM choose (no proxy variables set). */
    public Proxy forEndpoint(URI endpoint) {
        if (this == JVM_DEFAULT) return null;
        URI p = "https".equalsIgnoreCase(endpoint.getScheme()) ? https : http;
        if (p == null || bypassed(endpoint.getHost())) return Proxy.NO_PROXY;
        int port = p.getPort() > 0 ? p.getPort() : "https".equalsIgnoreCase(p.getScheme()) ? 443 : 80;
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), port));
    }

    private boolean bypassed(String host) {
        if (host == null) return false;
        String h = host.toLowerCase(Locale.ROOT);
        for (String n : noProxy) {
            if (n.equals("*")) return true;
            String suffix = n.startsWith(".") ? n : "." + n;
            if (h.equals(n.startsWith(".") ? n.substring(1) : n) || h.endsWith(suffix)) return true;
        }
        return false;
    }

    private static URI proxy(Map<String, String> env, String name) {
        String v = value(env, name);
        if (v == null) return null;
        String url = v.contains("://") ? v : "http://" + v;
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) throw new IllegalArgumentException();
            return uri;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a proxy URL; expected http://[USER:PASSWORD@]HOST:PORT");
        }
    }

    private static String value(Map<String, String> env, String name) {
        for (String k : List.of(name, name.toLowerCase(Locale.ROOT))) {
            String v = env.get(k);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }
}
