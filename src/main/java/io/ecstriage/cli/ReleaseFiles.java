package io.ecstriage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Build-time generator (the pom runs it at package): the bash/zsh completion script (picocli AutoComplete) and the
 * man page, both from the same command line the CLI parses with, so they cannot drift from it.
 */
public final class ReleaseFiles {
    private ReleaseFiles() {}

    /** @param args the output directory, then the version */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        CommandLine cl = fullCommandLine();
        Files.createDirectories(out);
        Files.writeString(out.resolve("ecs-triage.bash"), completion(cl), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("ecs-triage.zsh"), "# ecs-triage completion for zsh: source this file from ~/.zshrc"
                + " (it loads bashcompinit and registers the bash completion below)\n" + completion(cl), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("ecs-triage.1"), manPage(cl, args.length > 1 ? args[1] : "unknown"), StandardCharsets.UTF_8);
    }

    static CommandLine fullCommandLine() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return Main.commandLine(new App(nowhere, nowhere, InputStream.nullInputStream(), new Terminal(false, Map.of())));
    }

    /** Bash completion; zsh runs the same script through bashcompinit, which the script loads itself. */
    static String completion(CommandLine cl) {
        return AutoComplete.bash("ecs-triage", cl);
    }

    static String manPage(CommandLine cl, String version) {
        CommandSpec root = cl.getCommandSpec();
        StringBuilder m = new StringBuilder();
        m.append(".TH ECS-TRIAGE 1 \"\" \"ecs-triage ").append(roff(version)).append("\" \"User Commands\"\n");
        m.append(".SH NAME\necs-triage \\- ").append(roff(String.join(" ", root.usageMessage().description()))).append('\n');
        m.append(".SH SYNOPSIS\n");
        for (CommandLine sub : visible(cl)) m.append(".B ecs-triage ").append(roff(sub.getCommandName())).append("\n[\\fIOPTIONS\\fR]\n.br\n");
        m.append(".B ecs-triage\n[\\fB\\-\\-help\\fR] [\\fB\\-\\-version\\fR]\n");
        for (CommandLine sub : visible(cl)) {
            CommandSpec s = sub.getCommandSpec();
            m.append(".SH \"").append(roff(sub.getCommandName().toUpperCase(Locale.ROOT))).append("\"\n");
            m.append(roff(String.join(" ", s.usageMessage().description()))).append('\n');
            for (PositionalParamSpec p : s.positionalParameters()) {
                if (p.hidden()) continue;
                m.append(".TP\n\\fI").append(roff(p.paramLabel())).append("\\fR\n").append(roff(String.join(" ", p.description()))).append('\n');
            }
            for (OptionSpec o : s.options()) {
                if (o.hidden()) continue;
                m.append(".TP\n\\fB").append(roff(String.join(", ", o.names()))).append("\\fR");
                if (o.arity().max() > 0) m.append(" \\fI").append(roff(o.paramLabel())).append("\\fR");
                m.append('\n').append(roff(String.join(" ", o.description()))).append('\n');
            }
        }
        m.append(".SH \"EXIT STATUS\"\n");
        root.usageMessage().exitCodeList().forEach((code, meaning) ->
                m.append(".TP\n.B ").append(roff(code.strip())).append('\n').append(roff(meaning)).append('\n'));
        m.append(".SH ENVIRONMENT\n");
        for (String[] e : List.of(
                new String[] {"ECS_TRIAGE_JAVA_OPTS", "JVM options added after the launcher's own."},
                new String[] {"ECS_TRIAGE_CDS", "off: run without the AppCDS archive."},
                new String[] {"XDG_CACHE_HOME", "where the launcher keeps its AppCDS archive (ecs-triage/VERSION-JAVA under it; default ~/.cache)."},
                new String[] {"NO_COLOR", "set: never colour the text report."},
                new String[] {"AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL", "live mode: as the aws CLI reads them."})) {
            m.append(".TP\n.B ").append(roff(e[0])).append('\n').append(roff(e[1])).append('\n');
        }
        m.append(".SH \"SEE ALSO\"\n.BR aws (1)\n");
        return m.toString();
    }

    private static List<CommandLine> visible(CommandLine cl) {
        return cl.getSubcommands().values().stream().distinct().filter(c -> !c.getCommandSpec().usageMessage().hidden()).toList();
    }

    /** Text safe in a roff line: backslashes escaped, hyphens as minus signs, no line starting with a control character. */
    static String roff(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-").replace("\n", " ");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
