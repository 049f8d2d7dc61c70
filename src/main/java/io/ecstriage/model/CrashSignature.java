package io.ecstriage.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the last lines of a container's log say about why it exited: the kind of crash, a one-line summary, the
 * line it comes from and, for a missing environment variable, its name. The most specific reading wins.
 */
public record CrashSignature(Kind kind, String summary, String line, String variable) {

    public enum Kind { EXEC_FORMAT, MISSING_ENV, PORT_IN_USE, PYTHON, JAVA, NODE, GO, OTHER }

    /**
     * Every text {@link #read(List, List)} looks for in the lower-case lines, and a word each of its other patterns needs
     * in any case (a Python, Java, Node or Go crash line says error, exception, exit, interrupt, warning or panic): a
     * line with none needs no lower case, and can be no crash line.
     */
    public static final List<String> LOWER_CASE_WORDS = List.of("exec format error", "env", "address already in use", "eaddrinuse",
            "error", "exception", "exit", "interrupt", "warning", "panic");

    private static final Pattern EXEC_FORMAT = Pattern.compile("(?i)exec format error");
    private static final Pattern KEY_ERROR = Pattern.compile("^KeyError: '([A-Z][A-Z0-9_]*)'");
    private static final Pattern ENV_MISSING = Pattern.compile(
            "(?i)(?:environment variable|env var|env)\\W+'?\"?([A-Z][A-Z0-9_]{2,})'?\"?\\W+(?:is )?(?:not set|missing|required|undefined|must be set)"
            + "|(?:missing|required) (?:required )?(?:environment variable|env var)s?\\W+'?\"?([A-Z][A-Z0-9_]{2,})");
    private static final Pattern PORT_IN_USE = Pattern.compile("(?i)address already in use|EADDRINUSE|bind: address already in use");
    private static final Pattern PY_LAST = Pattern.compile("^([A-Za-z_][\\w.]*(?:Error|Exception|Exit|Interrupt|Warning)|KeyError)(?::.*)?$");
    // a class name starts a token (trying inside a long one was quadratic); bounded packages, as each one recurses
    private static final Pattern JAVA = Pattern.compile("(?:Exception in thread \"[^\"]+\" )?(?<![\\w$.])((?:[a-z][\\w$]*\\.){1,40}[A-Z][\\w$]*(?:Exception|Error))(?::.*)?");
    private static final Pattern NODE = Pattern.compile("^(?:Uncaught )?((?:Type|Reference|Syntax|Range)?Error|Error \\[[A-Z_]+\\]): .+");
    private static final Pattern GO_PANIC = Pattern.compile("^(panic: .+|fatal error: .+)");

    /**
     * Reads the lines (oldest first); null when nothing in them looks like a crash. Each pattern runs only on lines
     * holding the literal text it cannot match without (a log tail is mostly ordinary lines), so the result is the same.
     */
    public static CrashSignature read(List<String> lines) {
        if (lines == null || lines.isEmpty()) return null;
        return read(lines, lines.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /**
     * As {@link #read(List)}, given the lines already in lower case (Locale.ROOT), as a log index holds them; null for a
     * line known to hold none of {@link #LOWER_CASE_WORDS}.
     */
    public static CrashSignature read(List<String> lines, List<String> lowerCase) {
        if (lines == null || lines.isEmpty()) return null;
        String[] lower = lowerCase.toArray(String[]::new);
        boolean any = false;
        for (String l : lower) any |= l != null;
        if (!any) return null; // no line says a word any pattern below needs
        for (int i = 0; i < lower.length; i++) {
            String l = lines.get(i);
            if (lower[i] != null && lower[i].contains("exec format error") && EXEC_FORMAT.matcher(l).find()) return new CrashSignature(Kind.EXEC_FORMAT, l.trim(), l.trim(), null);
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lower[i] == null) continue;
            String l = lines.get(i).trim();
            if (l.startsWith("KeyError: '")) {
                Matcher k = KEY_ERROR.matcher(l);
                if (k.find()) return new CrashSignature(Kind.MISSING_ENV, l, l, k.group(1));
            }
            if (!lower[i].contains("env")) continue;
            Matcher e = ENV_MISSING.matcher(l);
            if (e.find()) return new CrashSignature(Kind.MISSING_ENV, l, l, e.group(1) != null ? e.group(1) : e.group(2));
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lower[i] == null || !lower[i].contains("address already in use") && !lower[i].contains("eaddrinuse")) continue;
            String l = lines.get(i).trim();
            if (PORT_IN_USE.matcher(l).find()) return new CrashSignature(Kind.PORT_IN_USE, l, l, null);
        }
        Boolean traceback = null;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lower[i] == null) continue;
            String raw = lines.get(i);
            String l = raw.trim();
            if (l.isEmpty()) continue;
            if ((l.startsWith("panic: ") || l.startsWith("fatal error: ")) && GO_PANIC.matcher(l).find()) return new CrashSignature(Kind.GO, l, l, null);
            if (traceback == null) traceback = lines.stream().anyMatch(t -> t.startsWith("Traceback (most recent call last)"));
            if (traceback && !raw.startsWith(" ") && PY_LAST.matcher(l).matches()) return new CrashSignature(Kind.PYTHON, l, l, null);
            boolean error = l.contains("Error");
            if (!error && !l.contains("Exception")) continue;
            Matcher j = JAVA.matcher(l);
            if (j.find() && (l.startsWith("Exception in thread") || j.start() == 0 || l.contains("Caused by"))) {
                boolean java = l.startsWith("Exception in thread") || l.contains("Caused by") || !pythonNamed(j.group(1), lines);
                return new CrashSignature(java ? Kind.JAVA : Kind.PYTHON, l, l, null);
            }
            if (error && NODE.matcher(l).find()) return new CrashSignature(Kind.NODE, l, l, null);
        }
        return null;
    }

    /** Where a Java class name begins: a reversed domain, or a JVM language's own packages. */
    private static final java.util.Set<String> JAVA_ROOTS = java.util.Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org", "net",
            "io", "dev", "me", "de", "fr", "nl", "uk", "ch", "jp", "software", "kotlin", "kotlinx", "scala", "akka", "reactor", "lombok");
    private static final Pattern PYTHON_FRAME = Pattern.compile("^\\s*File \"[^\"]+\", line \\d+");
    private static final Pattern JAVA_FRAME = Pattern.compile("^\\s*at [\\w$.]+\\([\\w$]+\\.(?:java|kt|scala):\\d+\\)");

    /**
     * Whether `module.Name` with no Java frame, thread or cause around it is a Python exception: Python prints the last
     * line of a traceback so ("psycopg2.OperationalError: …", "redis.exceptions.ConnectionError: …"), and a pasted line
     * often comes without the traceback. A Java class starts with a reversed domain or a JVM package and rarely ends in
     * Error outside java.lang; a Python frame line beside it settles it.
     */
    private static boolean pythonNamed(String name, List<String> lines) {
        boolean pythonFrame = false;
        for (String l : lines) {
            if (JAVA_FRAME.matcher(l).find()) return false;
            pythonFrame |= PYTHON_FRAME.matcher(l).find();
        }
        if (pythonFrame) return true;
        String root = name.substring(0, name.indexOf('.'));
        return !JAVA_ROOTS.contains(root) && name.endsWith("Error");
    }

    private static final Pattern REFUSED = Pattern.compile("(?i)(?:econnrefused|connection refused)\\D{0,40}?((?:\\d{1,3}\\.){3}\\d{1,3}|[a-z0-9.-]+\\.[a-z]{2,}):(\\d{2,5})");
    private static final Pattern TIMED_OUT = Pattern.compile("(?i)(?:etimedout|connect timed out|connection timed out)\\D{0,40}?((?:\\d{1,3}\\.){3}\\d{1,3}|[a-z0-9.-]+\\.[a-z]{2,}):(\\d{2,5})");
    private static final Pattern NOT_FOUND = Pattern.compile("(?i)(?:enotfound|getaddrinfo \\w+|no such host|name or service not known)\\W{1,3}([a-z0-9-]+(?:\\.[a-z0-9-]+)+)");

    /**
     * What to check when the crash is the app failing to reach a dependency (a database, a cache, another service) by
     * address: refused, timed out or a name that does not resolve each point elsewhere; null for any other crash.
     */
    public String dependencyAdvice() {
        if (line == null) return null;
        Matcher m = REFUSED.matcher(line);
        if (m.find()) {
            return "the app could not connect to " + m.group(1) + ":" + m.group(2) + " (connection refused: the host answered, nothing listens on "
                    + m.group(2) + "): check the host and port the app is given and that the service behind them is up";
        }
        m = TIMED_OUT.matcher(line);
        if (m.find()) {
            return "the app's connection to " + m.group(1) + ":" + m.group(2) + " timed out: the security group of what runs there must admit the"
                    + " task's security group on " + m.group(2) + " (then the route and network ACL between them)";
        }
        m = NOT_FOUND.matcher(line);
        if (m.find()) {
            return "the host name " + m.group(1) + " does not resolve from the task: check the name the app is given (a private hosted zone must be"
                    + " associated with the task's VPC, whose DNS support must be on)";
        }
        return null;
    }

    public String label() {
        return switch (kind) {
            case EXEC_FORMAT -> "the image's binaries are for another CPU architecture";
            case MISSING_ENV -> "the app needs the environment variable " + variable + ", which it did not get";
            case PORT_IN_USE -> "the app could not bind its port: another process in the task already listens on it";
            case PYTHON -> "the Python app raised " + summary;
            case JAVA -> "the Java app threw " + summary;
            case NODE -> "the Node.js app threw " + summary;
            case GO -> "the Go app panicked: " + summary;
            case OTHER -> summary;
        };
    }
}
