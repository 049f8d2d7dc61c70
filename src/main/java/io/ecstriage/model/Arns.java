package io.ecstriage.model;

/** Small readers of ARN parts; tolerant of plain names. */
public final class Arns {
    private Arns() {}

    public static String region(String arn) {
        if (arn == null || !arn.startsWith("arn:")) return null;
        String[] p = arn.split(":", 6);
        return p.length > 3 && !p[3].isEmpty() ? p[3] : null;
    }

    public static String account(String arn) {
        if (arn == null || !arn.startsWith("arn:")) return null;
        String[] p = arn.split(":", 6);
        return p.length > 4 && !p[4].isEmpty() ? p[4] : null;
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
