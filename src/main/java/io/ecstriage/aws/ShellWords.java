package io.ecstriage.aws;

import java.util.ArrayList;
import java.util.List;

/** The one POSIX word splitter and quoter: what a shell makes of a command line, and how to write a value it keeps whole. */
public final class ShellWords {
    /** The characters a word may hold bare, besides letters and digits. */
    private static final String SAFE_PUNCTUATION = "_@%+=:,./-";

    private ShellWords() {}

    /** A value as one shell word: bare when safe, single-quoted otherwise. */
    public static String quote(String value) {
        if (value == null || value.isEmpty()) return "''";
        if (safe(value)) return value;
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** True when every character is an ASCII letter or digit or one of {@link #SAFE_PUNCTUATION}: a loop, not a regex, as every rendered command quotes each of its values. */
    static boolean safe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && SAFE_PUNCTUATION.indexOf(c) < 0) return false;
        }
        return true;
    }

    /**
     * Splits like a POSIX shell: single quotes keep everything, double quotes let a backslash escape {@code $ ` " \},
     * a backslash outside quotes escapes the next character and a backslash-newline joins lines.
     *
     * @return the words, or null when a quote is left open
     */
    public static List<String> split(String line) {
        return plain(line) ? splitPlain(line) : splitQuoted(line);
    }

    /** No quote and no backslash: every capture's command line a large account holds is one (thousands of them). */
    private static boolean plain(String line) {
        return line.indexOf('\'') < 0 && line.indexOf('"') < 0 && line.indexOf('\\') < 0;
    }

    /** The words of a plain line: its runs of non-whitespace, as {@link #splitQuoted} finds them there. */
    static List<String> splitPlain(String line) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (space && start >= 0) {
                out.add(line.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) out.add(line.substring(start));
        return out;
    }

    static List<String> splitQuoted(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') quote = 0;
                else w.append(c);
            } else if (quote == '"') {
                if (c == '"') quote = 0;
                else if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                    char n = line.charAt(++i);
                    if (n != '\n') w.append(n);
                } else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                if (n == '\r' && i + 1 < line.length() && line.charAt(i + 1) == '\n') i++;
                else if (n != '\n') {
                    w.append(n);
                    inWord = true;
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) out.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) return null;
        if (inWord) out.add(w.toString());
        return out;
    }
}
