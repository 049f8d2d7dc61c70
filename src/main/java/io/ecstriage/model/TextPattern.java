package io.ecstriage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A rule's lower-case text pattern with literals one of which every match must contain: most texts contain none of
 * them, and `String.contains` rejects those far faster than the regex would.
 */
final class TextPattern {
    private static final String META = "\\[](){}.*+?^$|";
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** Numbered in the order made, so a {@link TextScan} keeps its answers in an array. */
    private final int id = COUNT.getAndIncrement();

    private final Pattern pattern;
    /** Null when some alternative has no required literal (then every text goes to the regex). */
    private final String[] required;
    /** The character pairs of each required literal ({@link CharPairs}). */
    private final int[][] requiredPairs;

    TextPattern(String regex) {
        this.pattern = Pattern.compile(regex);
        this.required = requiredLiterals(regex);
        this.requiredPairs = required == null ? null : new int[required.length][];
        for (int i = 0; requiredPairs != null && i < required.length; i++) requiredPairs[i] = CharPairs.bitsOf(required[i]);
    }

    int id() {
        return id;
    }

    /** How many patterns have been made. */
    static int count() {
        return COUNT.get();
    }

    /** True when `text`, whose {@link CharPairs} are `pairs`, contains a match. */
    boolean foundIn(String text, long[] pairs) {
        return (required == null || containsARequiredLiteral(text, pairs)) && pattern.matcher(text).find();
    }

    private boolean containsARequiredLiteral(String text, long[] pairs) {
        for (int i = 0; i < required.length; i++) {
            if (CharPairs.mayContain(pairs, requiredPairs[i]) && text.contains(required[i])) return true;
        }
        return false;
    }

    /**
     * For each top-level alternative, one literal its every match contains (of a group of alternatives: one per
     * alternative); null when an alternative has none, or inline flags could change how literals match.
     */
    static String[] requiredLiterals(String regex) {
        // an inline flag changes what the literals match; a lookahead only narrows a match, and supplies no literal;
        // a group that does not capture is a group
        if (regex.replace("(?!", "").replace("(?=", "").replace("(?:", "").contains("(?")) return null;
        List<String> out = alternativesLiterals(regex);
        return out == null ? null : out.toArray(new String[0]);
    }

    private static List<String> alternativesLiterals(String regex) {
        List<String> out = new ArrayList<>();
        for (String branch : topLevelBranches(regex)) {
            List<String> literals = sequenceLiterals(branch);
            if (literals == null) return null;
            out.addAll(literals);
        }
        return out;
    }

    /** The literals of the first mandatory atom of the sequence that has them: a run of plain characters or a group. */
    private static List<String> sequenceLiterals(String branch) {
        int i = 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            int end;
            List<String> literals = null;
            if (c == '\\') {
                end = Math.min(i + 2, branch.length());
            } else if (c == '[') {
                end = classEnd(branch, i);
            } else if (c == '(') {
                end = groupEnd(branch, i);
                if (end < 0) return null;
                boolean lookahead = branch.startsWith("(?!", i) || branch.startsWith("(?=", i);
                int from = branch.startsWith("(?:", i) ? i + 3 : i + 1;
                literals = lookahead ? null : alternativesLiterals(branch.substring(from, end - 1));
            } else if (META.indexOf(c) >= 0) {
                end = i + 1;
            } else {
                end = i;
                while (end < branch.length() && META.indexOf(branch.charAt(end)) < 0) end++;
                // a quantifier after a run applies to its last character only
                if (end < branch.length() && "?*{".indexOf(branch.charAt(end)) >= 0 && end - i > 1) end--;
                literals = List.of(branch.substring(i, end));
            }
            boolean optional = end < branch.length() && "?*{".indexOf(branch.charAt(end)) >= 0;
            if (!optional && literals != null && !literals.contains("")) return literals;
            i = end;
            while (i < branch.length() && "?*+{".indexOf(branch.charAt(i)) >= 0) i = branch.charAt(i) == '{' ? branch.indexOf('}', i) + 1 : i + 1;
            if (i == 0) return null; // an unclosed '{'
        }
        return null;
    }

    private static int classEnd(String s, int open) {
        int i = open + 1;
        if (i < s.length() && s.charAt(i) == '^') i++;
        if (i < s.length() && s.charAt(i) == ']') i++;
        for (; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++;
            else if (s.charAt(i) == ']') return i + 1;
        }
        return s.length();
    }

    /** The index after the ')' closing the group opened at `open`, or -1. */
    private static int groupEnd(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = classEnd(s, i) - 1;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i + 1;
        }
        return -1;
    }

    private static List<String> topLevelBranches(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = classEnd(regex, i) - 1;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { branches.add(regex.substring(start, i)); start = i + 1; }
        }
        branches.add(regex.substring(start));
        return branches;
    }
}
