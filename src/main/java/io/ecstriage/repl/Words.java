package io.ecstriage.repl;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words like a POSIX shell: single and double quotes, backslash escapes. */
public final class Words {
    private Words() {}

    /** @return the words, or null when a quote is left open */
    public static List<String> split(String line) {
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
                else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) w.append(line.charAt(++i));
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                if (n != '\n') w.append(n);
                inWord = inWord || n != '\n';
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
