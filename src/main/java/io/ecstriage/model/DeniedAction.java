package io.ecstriage.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an IAM refusal ("User: ARN is not authorized to perform: ACTION on resource: ARN") names, when it names it. */
public final class DeniedAction {
    // CLI tables wrap the message over several lines and pad them with commas: allow both between the words
    private static final Pattern ACTION = Pattern.compile("(?i)not authorized[\\s,]*to perform:?[\\s,]*([a-z0-9-]+:[A-Za-z0-9*]+)");
    private static final Pattern ASSUMED_ROLE = Pattern.compile("assumed-role/([\\w+=,.@-]+)/");

    private DeniedAction() {}

    /** The refused action as the error spells it (iam:PassRole), or "the refused action" when it is cut off. */
    public static String action(String errorText) {
        Matcher m = errorText == null ? null : ACTION.matcher(errorText);
        return m != null && m.find() ? m.group(1) : "the refused action";
    }

    /** The role name of an assumed-role principal the error names, or null. */
    public static String assumedRole(String errorText) {
        Matcher m = errorText == null ? null : ASSUMED_ROLE.matcher(errorText);
        return m != null && m.find() ? m.group(1) : null;
    }
}
