package io.ecstriage.model;

/** A `describe-log-groups` call we saw the whole answer of: the groups of `region` starting with `prefix` are known. */
public record LogGroupListing(String region, String prefix, boolean truncated) {

    public boolean covers(String region, String group) {
        if (truncated || group == null || !this.region.equals(region)) return false;
        return prefix == null || group.startsWith(prefix);
    }

    public String command() {
        return "aws logs describe-log-groups" + (prefix != null ? " --log-group-name-prefix " + io.ecstriage.fix.Shell.quote(prefix) : "")
                + " --region " + io.ecstriage.fix.Shell.quote(region);
    }
}
