package io.ecstriage.engine;

import io.ecstriage.model.CrashSignature;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What a log message may say, read in one pass over it: whether it breaks lines, and which of the word groups the log
 * derivations look for it holds in lower case (start-up, listening ports, crash signatures). A large account has
 * hundreds of thousands of messages, and one `contains` per word per derivation scanned each of them some twenty
 * times. The words are matched together (Aho-Corasick over lower-case ASCII), exactly; a message with any other
 * character is said to hold every group and may break lines, so the callers' own checks decide for it.
 */
final class LogWords {
    static final int LINE_BREAK = 1;
    static final int READY = 2;
    static final int LISTEN = 4;
    static final int CRASH = 8;
    /** Set on every answer, so that a cached answer of 0 is told from none yet. */
    static final int READ = 64;
    private static final int ALL = LINE_BREAK | READY | LISTEN | CRASH | READ;

    private static final int[] GROUPS = {READY, LISTEN, CRASH};
    private static final int ASCII_BITS = 7;
    private static final int ASCII = 1 << ASCII_BITS;
    /**
     * The automaton, one load per character: by state and character (either case), the next state shifted by
     * {@link #STATE}, with the groups that state ends a word of and {@link #LINE_BREAK} for a line-break character.
     */
    private static final int[] NEXT;
    private static final int STATE = 8;

    static {
        List<List<String>> words = List.of(StartupTimes.READY_WORDS, NetworkPaths.LISTEN_WORDS, CrashSignature.LOWER_CASE_WORDS);
        List<int[]> next = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        next.add(new int[ASCII]);
        ends.add(0);
        for (int g = 0; g < words.size(); g++) {
            for (String w : words.get(g)) {
                int s = 0;
                for (char c : w.toCharArray()) {
                    if (next.get(s)[c] == 0) {
                        next.add(new int[ASCII]);
                        ends.add(0);
                        next.get(s)[c] = next.size() - 1;
                    }
                    s = next.get(s)[c];
                }
                ends.set(s, ends.get(s) | GROUPS[g]);
            }
        }
        // failure links, breadth first: a missing transition goes where the longest proper suffix would
        int[] fail = new int[next.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ASCII; c++) if (next.get(0)[c] != 0) queue.add(next.get(0)[c]);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            ends.set(s, ends.get(s) | ends.get(fail[s]));
            for (int c = 0; c < ASCII; c++) {
                int t = next.get(s)[c];
                if (t != 0) {
                    fail[t] = next.get(fail[s])[c];
                    queue.add(t);
                } else {
                    next.get(s)[c] = next.get(fail[s])[c];
                }
            }
        }
        NEXT = new int[next.size() * ASCII];
        for (int s = 0; s < next.size(); s++) {
            for (int c = 0; c < ASCII; c++) {
                int lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
                int t = next.get(s)[lower];
                NEXT[s * ASCII + c] = t << STATE | ends.get(t) | (c >= '\n' && c <= '\r' ? LINE_BREAK : 0); // \n, \u000B, \f, \r
            }
        }
    }

    private LogWords() {}

    /** The message's answer: {@link #READ} with the groups it holds, and {@link #LINE_BREAK} if it may break lines. */
    static int of(String message) {
        int said = READ;
        int state = 0;
        int[] next = NEXT;
        for (int i = 0, n = message.length(); i < n; i++) {
            int c = message.charAt(i);
            if (c >= ASCII) return ALL;
            int t = next[state << ASCII_BITS | c];
            state = t >>> STATE;
            said |= t;
        }
        return said & ALL;
    }
}
