package io.ecstriage.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A piece of error text the user saw or AWS printed: a stopped reason, an event, a paste. */
public record TextSignal(Origin origin, String ref, String text, String norm, Instant at, TextScan scan) {

    private static final java.util.regex.Pattern ECR_REGISTRY =
            java.util.regex.Pattern.compile("\\d{12}\\.dkr\\.ecr\\.([a-z]{2}(?:-[a-z]+)+-\\d)\\.amazonaws\\.com");

    // Rules test each signal with the same few literal expressions: compile each once, not once per test. The memo
    // in front answers a rule's own constant by identity; the map behind it keeps every pattern once compiled.
    private static final java.util.Map<String, TextPattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Memo<String, TextPattern> PATTERNS = Memo.byValue(512, regex -> COMPILED.computeIfAbsent(regex, TextPattern::new));
    /** Texts repeat (every task of a service stops for one reason): equal ones share a scan where the memo still holds the first. */
    private static final Memo<String, TextScan> SCANS = Memo.byValue(4096, TextScan::new);
    /** One reason is quoted for each of a service's stopped tasks, by every rule it concerns: shortened once. */
    private static final Memo<String, String> QUOTES = Memo.byValue(1024, TextSignal::quoteOf);

    public enum Origin { STOPPED_TASK, CONTAINER, SERVICE_EVENT, DEPLOYMENT, STACK_EVENT, COMMAND_ERROR, PASTED, LOG }

    /** The scan is always of `norm`: one of another text is replaced. */
    public TextSignal {
        if (norm != null && (scan == null || !scan.norm().equals(norm))) scan = new TextScan(norm);
    }

    public static TextSignal of(Origin origin, String ref, String text, Instant at) {
        TextScan scan = SCANS.get(normalize(text));
        return new TextSignal(origin, ref, text, scan.norm(), at, scan);
    }

    /** Lower case, straight apostrophes and quotes, single spaces: real texts vary in all three. */
    public static String normalize(String text) {
        if (text == null) return "";
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        return Whitespace.collapse(s.toLowerCase(Locale.ROOT)).trim();
    }

    /** True when the normalised text contains a match of `regex` (rules say what to look for in lower case). */
    public boolean says(String regex) {
        return scan.says(PATTERNS.get(regex));
    }

    /** The region of an ECR registry the text names (ACCOUNT.dkr.ecr.REGION.amazonaws.com), or null. */
    public String ecrRegion() {
        java.util.regex.Matcher m = ECR_REGISTRY.matcher(norm);
        return m.find() ? m.group(1) : null;
    }

    /** ECS cuts reasons at about 255 characters: such a text may have lost the words a rule looks for. */
    public boolean cutShort() {
        return text != null && text.length() >= 250 && text.length() <= 256;
    }

    /** The text shortened for an evidence line. */
    public String quote() {
        return QUOTES.get(text);
    }

    /** Any text shortened the same way, so one reason quoted by two rules merges into one evidence line. */
    public static String quoteOf(String text) {
        String t = Whitespace.collapse(text).trim();
        return t.length() > 300 ? t.substring(0, 297) + "..." : t;
    }

    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof TextSignal o && Objects.equals(origin, o.origin)
                && Objects.equals(ref, o.ref)
                && Objects.equals(text, o.text)
                && Objects.equals(norm, o.norm)
                && Objects.equals(at, o.at)
                && Objects.equals(scan, o.scan);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(origin);
        h = 31 * h + Objects.hashCode(ref);
        h = 31 * h + Objects.hashCode(text);
        h = 31 * h + Objects.hashCode(norm);
        h = 31 * h + Objects.hashCode(at);
        h = 31 * h + Objects.hashCode(scan);
        return h;
    }
}
