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
    void noCommandHasMethodSubcommandsSoPicocliNeedNotLookForThem() {
        List<Class<?>> commands = new java.util.ArrayList<>(RootCommand.SUBCOMMANDS.values());
        commands.add(RootCommand.class);
        commands.add(RulesCommand.Show.class);
        for (Class<?> c : commands) {
            assertFalse(c.getAnnotation(CommandLine.Command.class).addMethodSubcommands(), c.getName());
            for (var m : c.getDeclaredMethods()) assertFalse(m.isAnnotationPresent(CommandLine.Command.class), m.toString());
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
        assertFalse(Main.usesRuleBase(new String[] {}));
    }
}
