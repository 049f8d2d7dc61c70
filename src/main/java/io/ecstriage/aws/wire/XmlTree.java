package io.ecstriage.aws.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements of an AWS XML response (EC2 and query protocols): names without namespace prefix, child
 * elements, and the text of leaf elements with entities and CDATA resolved; attributes, comments, processing
 * instructions and the declaration are skipped. A hand-written reader because the JDK's StAX and DOM
 * parsers load a few hundred classes, and these answers use none of what they handle beyond that.
 */
record XmlTree(String name, List<XmlTree> children, String text) {

    /** The first child named `name`, or null. */
    XmlTree child(String name) {
        for (XmlTree c : children) if (c.name.equals(name)) return c;
        return null;
    }

    List<XmlTree> all(String name) {
        List<XmlTree> out = new ArrayList<>();
        for (XmlTree c : children) if (c.name.equals(name)) out.add(c);
        return out;
    }

    /** The root element of `xml`; null when it has none. */
    static XmlTree parse(String xml) {
        return new Reader(xml).document();
    }

    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        XmlTree document() {
            while (true) {
                int lt = s.indexOf('<', i);
                if (lt < 0) return null;
                i = lt;
                if (!skipMarkup()) return element();
            }
        }

        /** Skips a declaration, comment, processing instruction or DOCTYPE at `i`; false when an element starts there. */
        private boolean skipMarkup() {
            if (s.startsWith("<!--", i)) i = end("-->", i + 4);
            else if (s.startsWith("<?", i)) i = end("?>", i + 2);
            else if (s.startsWith("<!", i) && !s.startsWith("<![CDATA[", i)) i = end(">", i + 2);
            else return false;
            return true;
        }

        private int end(String close, int from) {
            int at = s.indexOf(close, from);
            if (at < 0) throw new IllegalArgumentException("unterminated XML markup at " + from);
            return at + close.length();
        }

        /** The element whose start tag begins at `i`. */
        private XmlTree element() {
            int nameEnd = i + 1;
            while (nameEnd < s.length() && " \t\r\n/>".indexOf(s.charAt(nameEnd)) < 0) nameEnd++;
            String name = localName(s.substring(i + 1, nameEnd));
            int gt = tagEnd(nameEnd);
            i = gt + 1;
            List<XmlTree> children = new ArrayList<>();
            if (s.charAt(gt - 1) == '/') return new XmlTree(name, List.of(), "");
            StringBuilder text = new StringBuilder();
            while (true) {
                int lt = s.indexOf('<', i);
                if (lt < 0) throw new IllegalArgumentException("unclosed XML element " + name);
                text.append(unescape(s, i, lt));
                i = lt;
                if (s.startsWith("</", i)) {
                    i = end(">", i + 2);
                    return new XmlTree(name, List.copyOf(children), text.toString());
                }
                if (s.startsWith("<![CDATA[", i)) {
                    int close = s.indexOf("]]>", i + 9);
                    if (close < 0) throw new IllegalArgumentException("unterminated CDATA in " + name);
                    text.append(s, i + 9, close);
                    i = close + 3;
                } else if (!skipMarkup()) {
                    children.add(element());
                }
            }
        }

        /** The `>` closing the start tag, past quoted attribute values that may hold one. */
        private int tagEnd(int from) {
            char quote = 0;
            for (int j = from; j < s.length(); j++) {
                char c = s.charAt(j);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return j;
                }
            }
            throw new IllegalArgumentException("unterminated XML start tag at " + from);
        }

        private static String localName(String qualified) {
            return qualified.substring(qualified.indexOf(':') + 1);
        }
    }

    /** Text with entities resolved and line ends normalised to \n, as every XML parser does. */
    static String unescape(String s, int from, int to) {
        int amp = s.indexOf('&', from);
        int cr = s.indexOf('\r', from);
        if ((amp < 0 || amp >= to) && (cr < 0 || cr >= to)) return s.substring(from, to);
        StringBuilder out = new StringBuilder(to - from);
        int j = from;
        while (j < to) {
            char c = s.charAt(j);
            if (c == '\r') {
                out.append('\n');
                j += j + 1 < to && s.charAt(j + 1) == '\n' ? 2 : 1;
                continue;
            }
            int semi = c == '&' ? s.indexOf(';', j) : -1;
            if (semi < 0 || semi >= to) {
                out.append(c);
                j++;
                continue;
            }
            String entity = s.substring(j + 1, semi);
            switch (entity) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    if (!entity.startsWith("#")) throw new IllegalArgumentException("unknown XML entity &" + entity + ";");
                    boolean hex = entity.startsWith("#x") || entity.startsWith("#X");
                    out.appendCodePoint(Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10));
                }
            }
            j = semi + 1;
        }
        return out.toString();
    }
}
