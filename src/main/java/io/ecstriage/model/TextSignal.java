package io.ecstriage.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A piece of error text the user saw or AWS printed: a stopped reason, an event, a paste. */
public record TextSignal(Origin origin, String ref, String text, String norm, Instant at) {

    private static final java.util.regex.Pattern ECR_REGISTRY =
            java.util.regex.Pattern.compile("\\d{12}\\.dkr\\.ecr\\.([a-z]{2}(?:-[a-z]+)+-\\d)\\.amazonaws\\.com");

    // Rules test each signal with the same few literal expressions: compile each once, not once per test. The memo
    // in front answers a rule's own constant by identity; the map behind it keeps every pattern once compiled.
    private static final java.util.Map<String, TextPattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Memo<String, TextPattern> PATTERNS = Memo.byValue(512, regex -> COMPILED.computeIfAbsent(regex, TextPattern::new));
    /**
     * Texts repeat (every task of a service stops for one reason): equal normalised texts are one object where the
     * memo still holds the first, so a pattern's remembered answer is found by identity, not by comparing the text.
     */
    private static final Memo<String, String> NORMS = Memo.byValue(4096, norm -> norm);

    public enum Origin { STOPPED_TASK, CONTAINER, SERVICE_EVENT, DEPLOYMENT, STACK_EVENT, COMMAND_ERROR, PASTED, LOG }

    public static TextSignal of(Origin origin, String ref, String text, Instant at) {
        return new TextSignal(origin, ref, text, NORMS.get(normalize(text)), at);
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
        return PATTERNS.get(regex).foundIn(norm);
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
        return quoteOf(text);
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
                && Objects.equals(at, o.at);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(origin);
        h = 31 * h + Objects.hashCode(ref);
        h = 31 * h + Objects.hashCode(text);
        h = 31 * h + Objects.hashCode(norm);
        h = 31 * h + Objects.hashCode(at);
        return h;
    }
}
