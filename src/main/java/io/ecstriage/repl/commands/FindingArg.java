package io.ecstriage.repl.commands;

import io.ecstriage.finding.Finding;
import io.ecstriage.repl.ShellContext;
import java.util.List;

/** `explain N`, `fix N`: N is a rank (1 = the top cause) or a rule id. */
final class FindingArg {
    private FindingArg() {}

    static Finding resolve(ShellContext ctx, String arg) {
        List<Finding> findings = ctx.session().report().findings();
        if (findings.isEmpty()) throw new UsageError("no causes yet: paste aws output or error text first");
        if (arg == null) return findings.get(0);
        String a = arg.startsWith("#") ? arg.substring(1) : arg;
        for (Finding f : findings) if (String.valueOf(f.rank()).equals(a) || f.ruleId().equalsIgnoreCase(a)) return f;
        throw new UsageError("no cause " + arg + " (ranks 1-" + findings.size() + ", or a rule id)");
    }
}
