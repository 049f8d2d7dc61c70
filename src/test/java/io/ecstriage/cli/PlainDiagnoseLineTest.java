package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ecstriage.TestDiagnosis;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A plain `diagnose` line binds exactly what picocli binds, or is left to picocli; either way it runs alike. */
class PlainDiagnoseLineTest {
    private static final Map<String, String> ENV = Map.of("AWS_REGION", "eu-west-1");

    private static App app() {
        return new App(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new ByteArrayInputStream(new byte[0]),
                new Terminal(false, ENV));
    }

    /**
     * Every option the command has, by field, read by reflection: an option added later is compared too (its default
     * included), so a plain line can never leave one unset that picocli would set. --color is a setter: its value too.
     */
    private record Bound(Map<String, Object> options) {
        static Bound of(DiagnoseCommand d) {
            Map<String, Object> values = new java.util.TreeMap<>();
            values.put("color", d.colorWhen());
            read(d, DiagnoseCommand.class, values);
            read(d, StandardHelp.class, values);
            read(d.live, LiveOptions.class, values);
            return new Bound(values);
        }

        private static void read(Object owner, Class<?> type, Map<String, Object> into) {
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                if (!f.isAnnotationPresent(CommandLine.Option.class)) continue;
                try {
                    f.setAccessible(true);
                    Object v = f.get(owner);
                    into.put(type.getSimpleName() + "." + f.getName(), v instanceof List<?> l ? List.copyOf(l) : v);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** What picocli binds for `args` and the command accepts; null when it refuses them or they ask for help. */
    private static Bound picocli(String[] args) {
        CommandLine.ParseResult result;
        try {
            result = Main.commandLine(app(), args).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        if (!result.hasSubcommand() || result.subcommand().isUsageHelpRequested() || result.subcommand().isVersionHelpRequested()) {
            return null;
        }
        DiagnoseCommand d = (DiagnoseCommand) result.subcommand().commandSpec().userObject();
        return d.problem() == null ? Bound.of(d) : null;
    }

    private static Bound plain(String[] args) {
        DiagnoseCommand d = PlainDiagnoseLine.bind(app(), args);
        return d == null ? null : Bound.of(d);
    }

    @Property(tries = 600, seed = "17")
    void aPlainLineBindsWhatPicocliBinds(@ForAll("commandLines") List<String> line) {
        String[] args = line.toArray(String[]::new);
        Bound plain = plain(args);
        Statistics.collect(plain != null);
        if (plain != null) assertEquals(picocli(args), plain, String.join(" ", line));
        // the property must see both: lines read plainly, and lines left to picocli
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Test
    void theLinesOfTheReadmeAndScriptsAreReadPlainly() {
        for (String[] args : List.of(
                new String[] {"diagnose", "--fixture", "fixtures/scenarios/x/snapshot.json"},
                new String[] {"diagnose", "--fixture", "-", "--format", "brief"},
                new String[] {"diagnose", "--fixture=f.json", "--format=json", "--color", "never", "--max-input-mb", "128"},
                new String[] {"diagnose", "--cluster", "c", "--service", "a", "--service=b", "--region", "eu-west-1",
                        "--endpoint-url", "http://127.0.0.1:5000", "--max-parallel", "4", "--format", "json"},
                new String[] {"diagnose", "--stack", "s", "--profile", "prod", "--template", "t.yaml", "--format", "sarif"})) {
            Bound plain = plain(args);
            assertNotNull(plain, String.join(" ", args));
            assertEquals(picocli(args), plain, String.join(" ", args));
        }
    }

    @Test
    void itKnowsEveryOptionOfTheCommand() {
        String[] args = {"diagnose", "--fixture", "f"};
        var spec = Main.commandLine(app(), args).getSubcommands().get("diagnose").getCommandSpec();
        java.util.Set<String> names = new java.util.TreeSet<>();
        spec.options().forEach(o -> names.addAll(List.of(o.names())));
        java.util.Set<String> known = new java.util.TreeSet<>(PlainDiagnoseLine.SINGLE);
        known.add(PlainDiagnoseLine.REPEATABLE);
        known.addAll(List.of("-h", "--help", "-V", "--version")); // never read plainly: help is picocli's
        assertEquals(names, known);
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (String[] args : List.of(
                new String[] {"diagnose"},
                new String[] {"diagnose", "--fixture", "f", "--help"},
                new String[] {"diagnose", "--fixture", "f", "--fixture", "g"},
                new String[] {"diagnose", "--fixture", "f", "--format", "JSON"},
                new String[] {"diagnose", "--fixture", "f", "--format", "bogus"},
                new String[] {"diagnose", "--fixture", "f", "--color", "sometimes"},
                new String[] {"diagnose", "--fixture", "f", "--max-input-mb", "08"},
                new String[] {"diagnose", "--fixture", "f", "--max-input-mb", "0"},
                new String[] {"diagnose", "--fixture", "f", "--max-parallel", "+3"},
                new String[] {"diagnose", "--fixture", "@args.txt"},
                new String[] {"diagnose", "@args.txt"},
                new String[] {"diagnose", "--fixture", "f", "--cluster", "c"},
                new String[] {"diagnose", "--service", "s", "--fixture", "f"},
                new String[] {"diagnose", "--cluster", "--service", "s"},
                new String[] {"diagnose", "--fixture="},
                new String[] {"diagnose", "--fixture", "f", "positional"},
                new String[] {"diagnose", "--fixture", "f", "--"},
                new String[] {"--fixture", "f", "diagnose"},
                new String[] {"snapshot", "--cluster", "c"})) {
            assertNull(PlainDiagnoseLine.bind(app(), args), String.join(" ", args));
        }
    }

    @Test
    void aPlainLineRunsAsPicocliRunsIt() {
        String fixture = TestDiagnosis.projectDir().resolve("fixtures/scenarios/seed003-4-target-timeout/snapshot.json").toString();
        for (String[] args : List.of(new String[] {"diagnose", "--fixture", fixture, "--format", "json"},
                new String[] {"diagnose", "--fixture", fixture + ".missing"})) {
            assertNotNull(PlainDiagnoseLine.bind(app(), args));
            Cli.Result plain = Cli.run(args);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            App app = new App(new PrintWriter(out, true), new PrintWriter(err, true), java.io.InputStream.nullInputStream(), Cli.PIPE);
            int exit = Main.commandLine(app, args).execute(args);
            assertEquals(exit, plain.exit(), plain.toString());
            assertEquals(out.toString(), plain.out());
            assertEquals(err.toString(), plain.err());
        }
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> value = Arbitraries.of("c", "svc", "f.json", "-", "eu-west-1", "http://127.0.0.1:1", "4", "0", "08", "+3",
                "2048", "json", "JSON", "brief", "never", "always", "-x", "@a", "a=b", "", "prod");
        Arbitrary<String> name = Arbitraries.of("--fixture", "--stack", "--cluster", "--service", "--amplify-app", "--amplify-branch",
                "--profile", "--endpoint-url", "--max-parallel", "--region", "--format", "--color", "--template", "--max-input-mb", "--bogus");
        Arbitrary<List<String>> option = Arbitraries.oneOf(
                Combinators.combine(name, value).as((n, v) -> List.of(n, v)),
                Combinators.combine(name, value).as((n, v) -> List.of(n + "=" + v)),
                Arbitraries.of(List.of("--help"), List.of("-V"), List.of("positional"), List.of("--cluster"), List.of("--")));
        Arbitrary<List<String>> start = Arbitraries.of(List.of("--fixture", "f.json"), List.of("--cluster", "c"), List.of("--stack", "s"), List.of());
        return Combinators.combine(start, option.list().ofMaxSize(6)).as((first, options) -> {
            List<String> line = new ArrayList<>(List.of("diagnose"));
            line.addAll(first);
            options.forEach(line::addAll);
            return line;
        });
    }
}
