package io.ecstriage.cli;

import io.ecstriage.engine.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a command line diagnoses a large fixture file, told from its arguments before they are parsed (the rule
 * base is built meanwhile, and built differently for one, {@link RuleEngine#partsFor}): by the size of its
 * `--fixture` file, as the launcher sizes the heap by it.
 */
final class LargeInput {
    private LargeInput() {}

    /** The parts to build the rule base in for `args`. */
    static int ruleBaseParts(String[] args) {
        return RuleEngine.partsFor(fixtureBytes(args));
    }

    /** The size of the `--fixture` file the arguments name, or -1 (none, stdin, not a regular file). */
    static long fixtureBytes(String[] args) {
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--fixture") && i + 1 < args.length) file = args[i + 1];
            else if (args[i].startsWith("--fixture=")) file = args[i].substring("--fixture=".length());
        }
        if (file == null || file.equals("-")) return -1;
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1; // the command itself says what is wrong with it
        }
    }
}
