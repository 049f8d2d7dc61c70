package io.ecstriage.model.iam;

import java.util.List;
import java.util.Locale;

/**
 * One statement of an identity policy. `notAction` / `notResource` say the lists are exclusions (NotAction,
 * NotResource); `conditional` that a Condition block limits it, which a reader of the policy alone cannot decide.
 */
public record PolicyStatement(String sid, boolean allow, List<String> actions, boolean notAction,
                              List<String> resources, boolean notResource, boolean conditional) {

    public PolicyStatement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    /** Whether the statement speaks about `action` on `resource` (Condition aside). */
    public boolean covers(String action, String resource) {
        boolean actionListed = actions.stream().anyMatch(p -> matches(p, action, true));
        if (actionListed == notAction) return false;
        if (resources.isEmpty()) return notResource; // a statement without Resource is invalid; NotResource [] means all
        boolean resourceListed = resources.stream().anyMatch(p -> matches(p, resource, false));
        return resourceListed != notResource;
    }

    /** A name for evidence: the Sid, or the statement's position. */
    public String label(int index) {
        return sid != null && !sid.isBlank() ? "statement " + sid : "statement " + (index + 1);
    }

    /**
     * IAM's glob: `*` any run of characters, `?` one; actions ignore case, ARNs do not. A policy variable
     * (`${aws:username}`) is matched as a wildcard: the statement then applies to some principals only, which
     * {@link PolicyEvaluator} treats as conditional.
     */
    static boolean matches(String pattern, String value, boolean ignoreCase) {
        if (pattern == null || value == null) return false;
        String p = pattern.replaceAll("\\$\\{[^}]*}", "*");
        String v = value;
        if (ignoreCase) {
            p = p.toLowerCase(Locale.ROOT);
            v = v.toLowerCase(Locale.ROOT);
        }
        return glob(p, 0, v, 0);
    }

    private static boolean glob(String p, int pi, String v, int vi) {
        int star = -1;
        int mark = 0;
        while (vi < v.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == v.charAt(vi))) {
                pi++;
                vi++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = vi;
            } else if (star >= 0) {
                pi = star + 1;
                vi = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') pi++;
        return pi == p.length();
    }

    /** Whether a policy variable makes the statement depend on who calls. */
    boolean variable() {
        return resources.stream().anyMatch(r -> r.contains("${"));
    }
}
