package io.ecstriage.model;

/** Small readers of ARN parts; tolerant of plain names. */
public final class Arns {
    private Arns() {}

    public static String region(String arn) {
        return field(arn, 3);
    }

    public static String account(String arn) {
        return field(arn, 4);
    }

    /** The n-th (n < 5) colon-separated field of an ARN, null when absent or empty; no split, it runs per fact. */
    private static String field(String arn, int n) {
        if (arn == null || !arn.startsWith("arn:")) return null;
        int start = 0;
        for (int i = 0; i < n; i++) {
            start = arn.indexOf(':', start) + 1;
            if (start == 0) return null;
        }
        int end = arn.indexOf(':', start);
        if (end < 0) end = arn.length();
        return end > start ? arn.substring(start, end) : null;
    }

    /** Last path element: the task id of a task ARN, the name of a cluster ARN. */
    public static String lastSegment(String arn) {
        if (arn == null) return null;
        int i = arn.lastIndexOf('/');
        return i >= 0 ? arn.substring(i + 1) : arn;
    }

    /** "family:revision" from a task definition ARN or ref. */
    public static String taskDefinitionRef(String arn) {
        if (arn == null) return null;
        int i = arn.indexOf("task-definition/");
        return i >= 0 ? arn.substring(i + "task-definition/".length()) : arn;
    }

    public static String taskDefinitionFamily(String arnOrRef) {
        String ref = taskDefinitionRef(arnOrRef);
        if (ref == null) return null;
        int i = ref.lastIndexOf(':');
        return i > 0 ? ref.substring(0, i) : ref;
    }

    /** Name of a target group ARN (…:targetgroup/NAME/ID). */
    public static String targetGroupName(String arn) {
        if (arn == null) return null;
        int i = arn.indexOf("targetgroup/");
        if (i < 0) return arn;
        String rest = arn.substring(i + "targetgroup/".length());
        int j = rest.indexOf('/');
        return j > 0 ? rest.substring(0, j) : rest;
    }
}
