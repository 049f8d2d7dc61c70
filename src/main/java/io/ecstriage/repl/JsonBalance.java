package io.ecstriage.repl;

/**
 * Whether typed or pasted text is an unfinished JSON document: more `{`/`[` opened than closed, outside
 * strings. The session keeps reading lines while this holds, so multi-line `aws` output arrives whole.
 */
public final class JsonBalance {
    private JsonBalance() {}

    /** True when the text starts like JSON (first non-blank character `{` or `[`). */
    public static boolean startsLikeJson(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) return c == '{' || c == '[';
        }
        return false;
    }

    /** Open brackets minus closed ones, ignoring those inside JSON strings (with their escapes). */
    public static int depth(CharSequence text) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return depth;
    }

    /** JSON that is still open: keep reading. Text, or JSON closed (or over-closed: let the parser say why), is complete. */
    public static boolean unfinished(CharSequence text) {
        return startsLikeJson(text) && depth(text) > 0;
    }
}
