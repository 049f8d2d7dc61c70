package io.ecstriage.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build baked into build-info.properties: the version, the git commit it was built from, the rule count, and
 * where the repository's files are browsable (-Decstriage.docsUrl=https://…/blob/main; empty: not published).
 */
public record BuildInfo(String version, String commit, int ruleCount, String docsUrl) {
    private static final String RESOURCE = "/io/ecstriage/build-info.properties";

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // an unreadable resource leaves the "unknown" values below
        }
        String count = p.getProperty("ruleCount", "");
        return new BuildInfo(filled(p.getProperty("version")), filled(p.getProperty("commit")),
                count.matches("\\d+") ? Integer.parseInt(count) : -1, docsUrl(p.getProperty("docsUrl")));
    }

    /** An absolute http(s) URL without a trailing slash, or null. */
    private static String docsUrl(String v) {
        if (v == null || !v.matches("https?://\\S+")) return null;
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    /** An unfiltered ${…} placeholder means the build did not fill it (a class path without the filtered resources). */
    private static String filled(String v) {
        return v == null || v.isBlank() || v.startsWith("${") ? "unknown" : v;
    }
}
