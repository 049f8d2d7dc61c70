package io.ecstriage.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The subnets an InvalidSubnetID.NotFound error names that are not subnet ids at all (a Name tag given instead). */
public final class SubnetNames {
    private static final Pattern NAMED = Pattern.compile("(?i)the subnet ID '([^']+)' does not exist|subnet information for \\[([^\\]]+)\\]");
    private static final Pattern ID = Pattern.compile("subnet-[0-9a-f]{8}(?:[0-9a-f]{9})?");

    private SubnetNames() {}

    /** Each value the error names, in order, that is not shaped like subnet-xxxxxxxx(xxxxxxxxx). */
    public static List<String> notIds(String errorText) {
        if (errorText == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAMED.matcher(errorText);
        while (m.find()) {
            String group = m.group(1) != null ? m.group(1) : m.group(2);
            for (String v : group.split("[,\\s]+")) {
                if (!v.isBlank() && !ID.matcher(v).matches()) out.add(v);
            }
        }
        return List.copyOf(out);
    }
}
