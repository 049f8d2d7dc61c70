package io.ecstriage.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * The session's line parser: a line that opens JSON it does not close, or ends in a backslash, is not finished,
 * so JLine keeps reading (a pasted multi-line `aws` output arrives as one input, typed or pasted, on any terminal).
 */
public final class DoctorParser extends DefaultParser {
    private String openJson;

    public DoctorParser() {
        eofOnEscapedNewLine(true);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            if (JsonBalance.unfinished(line)) {
                openJson = line;
                throw new EOFError(-1, -1, "unfinished JSON", "json");
            }
            openJson = null;
        }
        return super.parse(line, cursor, context);
    }

    /** The JSON block still being read (input ended inside it when this is not null at end of input). */
    public String openJson() {
        return openJson;
    }
}
