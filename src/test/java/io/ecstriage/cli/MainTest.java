package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The start-up shortcuts change nothing a user sees: help lists every command, errors name the root. */
class MainTest {
    private static App app() {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        return new App(quiet, quiet, InputStream.nullInputStream(), new Terminal(false, Map.of()));
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        CommandLine cl = Main.commandLine(app(), "diagnose", "--fixture", "x.json");
        assertEquals(List.of("diagnose"), List.copyOf(cl.getSubcommands().keySet()));
    }

    @Test
    void subcommandsAreKeyedByTheNameTheyDeclare() {
        RootCommand.SUBCOMMANDS.forEach((name, c) -> assertEquals(name, c.getAnnotation(CommandLine.Command.class).name(), c.getName()));
    }

    @Test
    void noOptionHasATypeWhoseConverterMainLeavesOut() {
        java.util.Set<Class<?>> types = new java.util.HashSet<>();
        optionTypes(RootCommand.class, types);
        for (Class<?> c : RootCommand.SUBCOMMANDS.values()) optionTypes(c, types);
        optionTypes(io.ecstriage.repl.commands.ShellCommands.class, types);
        assertTrue(types.contains(String.class) && types.contains(java.nio.file.Path.class), types.toString());
        for (String regex : Main.UNUSED_CONVERTERS.split(",")) {
            for (Class<?> t : types) assertFalse(t.getName().matches(regex), t + " needs the converter of " + regex);
        }
    }

    /** The types of every option and parameter of the command, its mixins and its subcommands (lists: their elements too). */
    private static void optionTypes(Class<?> command, java.util.Set<Class<?>> out) {
        for (Class<?> c = command; c != null && c != Object.class; c = c.getSuperclass()) {
            for (var f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) addType(f.getGenericType(), out);
                if (f.isAnnotationPresent(CommandLine.Mixin.class)) optionTypes(f.getType(), out);
            }
            for (var m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(CommandLine.Option.class) || m.isAnnotationPresent(CommandLine.Parameters.class)) {
                    for (var p : m.getGenericParameterTypes()) addType(p, out);
                }
            }
            CommandLine.Command annotation = c.getAnnotation(CommandLine.Command.class);
            if (annotation != null) for (Class<?> sub : annotation.subcommands()) optionTypes(sub, out);
        }
    }

    private static void addType(java.lang.reflect.Type type, java.util.Set<Class<?>> out) {
        if (type instanceof Class<?> c) out.add(c);
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            addType(p.getRawType(), out);
            for (var a : p.getActualTypeArguments()) addType(a, out);
        }
    }

    @Test
    void withoutOneEverySubcommandIsThere() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"diagnos"})) {
            assertEquals(List.of("diagnose", "watch", "snapshot", "rules", "doctor", "warm-up"),
                    List.copyOf(Main.commandLine(app(), args).getSubcommands().keySet()), String.join(" ", args));
        }
    }

    @Test
    void helpListsEveryCommandAndAnUnknownOneIsABadUsage() {
        Cli.Result help = Cli.run("--help");
        assertEquals(ExitCodes.OK, help.exit());
        for (String c : List.of("diagnose", "snapshot", "rules", "doctor")) assertTrue(help.out().contains("  " + c + " "), help.out());
        assertFalse(help.out().contains("warm-up"), "the training command stays hidden");
        Cli.Result typo = Cli.run("diagnos");
        assertEquals(ExitCodes.BAD_INPUT, typo.exit());
        assertTrue(typo.err().startsWith("ecs-triage: Unmatched argument"), typo.err());
        Cli.Result subHelp = Cli.run("diagnose", "--help");
        assertEquals(ExitCodes.OK, subHelp.exit());
        assertTrue(subHelp.out().startsWith("Usage: ecs-triage diagnose"), subHelp.out());
    }

    @Test
    void onlyCommandsThatDiagnoseOrListRulesPreloadTheRuleBase() {
        assertTrue(Main.usesRuleBase(new String[] {"diagnose", "--fixture", "f.json"}));
        assertTrue(Main.usesRuleBase(new String[] {"rules", "show", "LogGroupMissing"}));
        assertTrue(Main.usesRuleBase(new String[] {"doctor"}));
        assertFalse(Main.usesRuleBase(new String[] {"diagnose", "--help"}));
        assertFalse(Main.usesRuleBase(new String[] {"--version"}));
        assertFalse(Main.usesRuleBase(new String[] {"snapshot", "--stack", "s", "--out", "f.json"}));
        assertFalse(Main.usesRuleBase(new String[] {"diagnose", "--cluster", "c", "--service", "s"}), "live: loaded once the session is open");
        assertFalse(Main.usesRuleBase(new String[] {"diagnose", "--stack=s"}));
        assertTrue(Main.usesRuleBase(new String[] {"diagnose", "--fixture", "stack-events.json"}));
        assertFalse(Main.usesRuleBase(new String[] {}));
    }

    @Test
    void liveCommandLinesLoadTheirFirstWireModelsAhead() {
        assertEquals(List.of("sts", "ecs"), Main.firstWireModels(new String[] {"diagnose", "--cluster", "c", "--service", "s"}));
        assertEquals(List.of("sts", "cloudformation", "ecs"), Main.firstWireModels(new String[] {"snapshot", "--stack=s", "--out", "f.json"}));
        assertEquals(List.of("sts", "ecs"), Main.firstWireModels(new String[] {"watch", "--cluster=c"}));
        assertEquals(List.of(), Main.firstWireModels(new String[] {"diagnose", "--fixture", "f.json"}));
        assertEquals(List.of(), Main.firstWireModels(new String[] {"diagnose", "--cluster", "c", "--help"}));
        assertEquals(List.of(), Main.firstWireModels(new String[] {"rules"}));
        assertEquals(List.of(), Main.firstWireModels(new String[] {}));
    }
}
