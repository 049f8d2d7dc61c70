package io.ecstriage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule's lower-case text pattern with the literals one of which any match must start with: most texts contain
 * none of them, and `String.contains` rejects them far faster than the regex would.
 */
final class TextPattern {
    private static final String META = "\\[](){}.*+?^$|";

    private final Pattern pattern;
    /** One literal per top-level alternative; null when some alternative does not start with a literal. */
    private final String[] leads;

    TextPattern(String regex) {
        this.pattern = Pattern.compile(regex);
        this.leads = leadingLiterals(regex);
    }

    boolean foundIn(String text) {
        if (leads != null && !containsAny(text, leads)) return false;
        return pattern.matcher(text).find();
    }

    private static boolean containsAny(String text, String[] literals) {
        for (String l : literals) if (text.contains(l)) return true;
        return false;
    }

    /** The literal each top-level alternative starts with, or null if one has none (or inline flags could apply). */
    static String[] leadingLiterals(String regex) {
        if (regex.contains("(?")) return null;
        List<String> out = new ArrayList<>();
        for (String branch : topLevelBranches(regex)) {
            String lead = leadingLiteral(branch);
            if (lead.isEmpty()) return null;
            out.add(lead);
        }
        return out.toArray(String[]::new);
    }

    private static List<String> topLevelBranches(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0, start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { branches.add(regex.substring(start, i)); start = i + 1; }
        }
        branches.add(regex.substring(start));
        return branches;
    }

    /** The characters before the first metacharacter, less the last one when a quantifier makes it optional. */
    private static String leadingLiteral(String branch) {
        int end = 0;
        while (end < branch.length() && META.indexOf(branch.charAt(end)) < 0) end++;
        boolean quantified = end < branch.length() && "?*+{".indexOf(branch.charAt(end)) >= 0;
        return branch.substring(0, quantified ? Math.max(0, end - 1) : end);
    }
}
