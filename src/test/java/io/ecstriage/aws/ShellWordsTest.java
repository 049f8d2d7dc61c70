package io.ecstriage.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    @Property(tries = 1000)
    void aWordIsBareExactlyWhenEveryCharacterIsSafe(@ForAll @StringLength(min = 1, max = 12) @CharRange(from = ' ', to = '~') String ascii,
                                                     @ForAll @StringLength(min = 1, max = 4) String any) {
        for (String value : List.of(ascii, any, ascii + any)) {
            assertEquals(SAFE.matcher(value).matches(), ShellWords.safe(value), value);
        }
    }

    @Test
    void anUnsafeWordIsQuotedSoTheShellGivesItBackWhole() {
        assertEquals("arn:aws:iam::123456789012:role/ecsTaskExecutionRole", ShellWords.quote("arn:aws:iam::123456789012:role/ecsTaskExecutionRole"));
        assertEquals("''", ShellWords.quote(""));
        for (String value : List.of("a b", "it's", "$(rm -rf /)", "ä", "x\ny", "{\"k\": 1}")) {
            assertEquals(List.of(value), ShellWords.split(ShellWords.quote(value)), value);
        }
    }

    @Property(tries = 2000)
    void aLineWithoutQuotesOrBackslashesSplitsAsTheShellSplitsIt(
            @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') String ascii, @ForAll @StringLength(max = 6) String any) {
        String line = (ascii + " \t" + any + "\n" + ascii).replace("'", "").replace("\"", "").replace("\\", "");
        assertEquals(ShellWords.splitQuoted(line), ShellWords.splitPlain(line), line);
        assertEquals(ShellWords.splitQuoted(line), ShellWords.split(line), line);
    }
}
