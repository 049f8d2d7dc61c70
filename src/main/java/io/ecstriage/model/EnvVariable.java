package io.ecstriage.model;

import java.util.regex.Pattern;

/** An environment variable of a container definition or an Amplify app/branch. */
public record EnvVariable(String region, Owner ownerKind, String owner, String container, String name, String value) implements Regional {

    /** Names that promise a URL: API_URL, NEXT_PUBLIC_API_BASE, BACKEND_ENDPOINT, CORS_ORIGIN... */
    private static final Pattern URL_NAME = Pattern.compile("(?i)(^|_)(URL|URI|ENDPOINT|API_BASE|BASE|ORIGIN|HREF)($|_)");
    private static final Pattern BARE_HOST = Pattern.compile("(?i)^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\\d+)?(/\\S*)?$");

    public enum Owner {
        TASK_DEFINITION("task definition"), AMPLIFY_APP("Amplify app"), AMPLIFY_BRANCH("Amplify branch");

        private final String label;

        Owner(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean urlVariable() {
        return name != null && URL_NAME.matcher(name).find();
    }

    /** A host name (with a dot and a letter TLD-ish end), optionally :port and /path, but no scheme. */
    public boolean bareHost() {
        if (value == null || value.contains("://") || value.startsWith("/")) return false;
        if (!BARE_HOST.matcher(value).matches()) return false;
        String h = host();
        return !h.matches("[0-9.]+") && h.matches(".*\\.[a-zA-Z]{2,}$");
    }

    public String host() {
        if (value == null) return null;
        String h = value;
        int slash = h.indexOf('/');
        if (slash >= 0) h = h.substring(0, slash);
        int colon = h.indexOf(':');
        return colon >= 0 ? h.substring(0, colon) : h;
    }

    public String appId() {
        if (ownerKind == Owner.TASK_DEFINITION || owner == null) return null;
        int slash = owner.indexOf('/');
        return slash >= 0 ? owner.substring(0, slash) : owner;
    }

    public String branchName() {
        if (ownerKind != Owner.AMPLIFY_BRANCH || owner == null) return null;
        int slash = owner.indexOf('/');
        return slash >= 0 ? owner.substring(slash + 1) : null;
    }
}
