package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.model.CrashSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LogWordsTest {
    private static boolean anyIn(String lower, List<String> words) {
        for (String w : words) if (lower.contains(w)) return true;
        return false;
    }

    /** The answer one `contains` per word and line-break character gives, as the derivations asked before. */
    private static int naive(String message) {
        for (char c : message.toCharArray()) if (c >= 128) return LogWords.LINE_BREAK | LogWords.READY | LogWords.LISTEN | LogWords.CRASH | LogWords.READ;
        String lower = message.toLowerCase(Locale.ROOT);
        int said = LogWords.READ;
        for (char c : new char[] {'\n', '\u000B', '\f', '\r'}) if (message.indexOf(c) >= 0) said |= LogWords.LINE_BREAK;
        if (anyIn(lower, StartupTimes.READY_WORDS)) said |= LogWords.READY;
        if (anyIn(lower, NetworkPaths.LISTEN_WORDS)) said |= LogWords.LISTEN;
        if (anyIn(lower, CrashSignature.LOWER_CASE_WORDS)) said |= LogWords.CRASH;
        return said;
    }

    @Provide
    Arbitrary<String> messages() {
        List<String> pieces = new ArrayList<>();
        pieces.addAll(StartupTimes.READY_WORDS);
        pieces.addAll(NetworkPaths.LISTEN_WORDS);
        pieces.addAll(CrashSignature.LOWER_CASE_WORDS);
        // near misses and overlaps: prefixes, a word's tail joined to another's head, other scripts, line breaks
        pieces.addAll(List.of("listen", "star", "started", "bin", "boun", "eaddr", "exec format", "en", "ENV", "Listening On",
                "STARTED ", "address already", " in use", "run", "serv", "é", "ー", "\n", "\r\n", "\u000B", "\f", "\u2028", "\u0085", " ", ":", "8080"));
        Arbitrary<String> piece = Arbitraries.of(pieces);
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4);
        return Arbitraries.oneOf(piece, noise).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void oneReadAnswersAsOneContainsPerWordDid(@ForAll("messages") String message) {
        assertEquals(naive(message), LogWords.of(message), message);
    }
}
