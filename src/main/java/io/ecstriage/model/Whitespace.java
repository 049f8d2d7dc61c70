package io.ecstriage.model;

/** Whitespace runs collapsed as replaceAll("\\s+", " ") does, without a regex: it runs on every text of an input. */
public final class Whitespace {
    private Whitespace() {}

    /** Each run of \s ([ \t\n\x0B\f\r]) replaced by one space; the same string when there is nothing to replace. */
    public static String collapse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && (!isSpace(s.charAt(i)) || s.charAt(i) == ' ' && (i + 1 == n || !isSpace(s.charAt(i + 1))))) i++;
        if (i == n) return s;
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
            while (i < n && isSpace(s.charAt(i))) i++;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
