package io.ecstriage.repl.commands;

import io.ecstriage.repl.ShellContext;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "help", description = "This list, or one command's usage: help COMMAND.")
public final class HelpCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "A command.")
    String command;

    public HelpCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CommandLine root = spec.commandLine().getParent();
        Map<String, CommandLine> subs = root.getSubcommands();
        if (command != null) {
            CommandLine sub = subs.get(command);
            if (sub == null) throw new UsageError("no command " + command + " (help lists them)");
            sub.usage(ctx.out(), CommandLine.Help.Ansi.OFF);
        } else {
            ctx.out().println("Paste aws output (JSON, one or many documents, multi-line) or error text at the prompt: it is");
            ctx.out().println("added as evidence and the ranking is redrawn. A line `aws …` before an output names its command.");
            ctx.out().println("Commands (Tab completes; help COMMAND for its options):");
            int w = subs.keySet().stream().mapToInt(String::length).max().orElse(8);
            for (var e : subs.entrySet()) {
                if (e.getValue().getCommandSpec().aliases().length > 0 && !e.getKey().equals(e.getValue().getCommandName())) continue;
                String[] d = e.getValue().getCommandSpec().usageMessage().description();
                ctx.out().printf("  %-" + w + "s  %s%n", e.getKey(), d.length > 0 ? d[0] : "");
            }
            ctx.out().println("Ctrl-C cancels the input or the running collection; Ctrl-D or `exit` ends the session.");
        }
        ctx.out().flush();
        return 0;
    }
}
