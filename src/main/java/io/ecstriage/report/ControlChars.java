package io.ecstriage.report;

import java.io.FilterWriter;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Makes text from the input safe to print on a terminal: control characters other than newline and tab
 * (an escape sequence that clears the screen or sets the window title, a carriage return that overwrites
 * the line, DEL, the C1 controls) are shown as `\e`, `\r`, `\xNN` or `\x{NNNN}` instead of being obeyed.
 */
public final class ControlChars {
    private ControlChars() {}

    public static String escape(String s) {
        if (s == null) return null;
        int first = firstUnsafe(s);
        if (first < 0) return s;
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) b.append(c);
            else if (c == 0x1B) b.append("\\e");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x100) b.append(String.format("\\x%02X", (int) c));
            else b.append(String.format("\\x{%04X}", (int) c));
        }
        return b.toString();
    }

    /** A writer that escapes everything written through it (for output with no escapes of its own). */
    public static PrintWriter writer(Writer target) {
        return new PrintWriter(new FilterWriter(target) {
            @Override
            public void write(int c) throws java.io.IOException {
                write(String.valueOf((char) c));
            }

            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                write(new String(buf, off, len));
            }

            @Override
            public void write(String str, int off, int len) throws java.io.IOException {
                out.write(escape(str.substring(off, off + len)));
            }
        });
    }

    private static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) if (unsafe(s.charAt(i))) return i;
        return -1;
    }

    /** C0 but newline and tab, DEL, C1, and the bidi overrides that reorder what a terminal shows. */
    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c < 0xA0 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
