package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.aws.AwsOptions;
import io.ecstriage.collect.Target;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The head start's guess is what picocli binds, or nothing; a guess that differs from the parse is never taken over. */
class HeadStartTest {
    /** What a command line without --max-parallel binds. */
    private static final int DEFAULT_PARALLEL = Integer.parseInt(LiveOptions.DEFAULT_MAX_PARALLEL);
    private static final Map<String, String> ENV = Map.of("AWS_REGION", "eu-west-1");

    private static App app() {
        return new App(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new ByteArrayInputStream(new byte[0]),
                new Terminal(false, ENV));
    }

    /** What picocli binds for `args`, in the guess's terms; null when it refuses them or they are not a live diagnose. */
    private static HeadStart.Guess parsed(String[] args) {
        App app = app();
        CommandLine cl = Main.commandLine(app, args);
        CommandLine.ParseResult result;
        try {
            result = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        if (!result.hasSubcommand()) return null;
        Object command = result.subcommand().commandSpec().userObject();
        if (!(command instanceof DiagnoseCommand d) || result.subcommand().isUsageHelpRequested()
                || result.subcommand().isVersionHelpRequested() || d.live.problem(d.fixture != null) != null) {
            return null;
        }
        return new HeadStart.Guess(d.live.aws(d.region, ENV), d.live.maxParallel, d.live.target());
    }

    @Test
    void readsBothOptionForms() {
        HeadStart.Guess g = HeadStart.guess(new String[] {"diagnose", "--cluster", "c", "--service=a", "--service", "b",
                "--region=us-east-2", "--endpoint-url", "http://localhost:5000", "--max-parallel=3", "--format", "json"}, ENV);
        assertEquals(new HeadStart.Guess(new AwsOptions("us-east-2", null, "http://localhost:5000", ENV), 3,
                new Target(null, "c", List.of("a", "b"), null, null)), g);
    }

    @Test
    void refusesWhatItCannotReadForSure() {
        for (String[] args : List.of(
                new String[] {"diagnose", "--fixture", "f.json"},
                new String[] {"diagnose", "--cluster", "c", "--help"},
                new String[] {"diagnose", "--cluster", "c", "@more-options"},
                new String[] {"diagnose", "--cluster", "c", "--region", "a", "--region", "b"},
                new String[] {"diagnose", "--cluster", "--service", "s"},
                new String[] {"diagnose", "--cluster", "c", "--stack", "s"},
                new String[] {"diagnose", "--cluster", "c", "--max-parallel", "many"},
                new String[] {"diagnose", "--cluster", "c", "--bogus", "x"},
                new String[] {"snapshot", "--cluster", "c"},
                new String[] {"--cluster", "c", "diagnose"})) {
            assertNull(HeadStart.guess(args, ENV), String.join(" ", args));
        }
    }

    @Property(tries = 400, seed = "15")
    void aGuessIsWhatPicocliBinds(@ForAll("commandLines") List<String> line) {
        String[] args = line.toArray(String[]::new);
        HeadStart.Guess guess = HeadStart.guess(args, ENV);
        HeadStart.Guess bound = parsed(args);
        // a guess picocli refuses (--format bogus) only costs read-only calls: the refused command takes nothing over
        if (guess != null && bound != null) assertEquals(bound, guess, String.join(" ", line));
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> value = Arbitraries.of("c", "svc", "eu-west-1", "http://127.0.0.1:1", "4", "0", "json", "-x", "a=b", "", "prod");
        Arbitrary<String> name = Arbitraries.of("--stack", "--cluster", "--service", "--amplify-app", "--amplify-branch", "--profile",
                "--endpoint-url", "--max-parallel", "--region", "--format", "--color", "--max-input-mb", "--fixture", "--bogus");
        Arbitrary<List<String>> option = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(name, value).as((n, v) -> List.of(n, v)),
                net.jqwik.api.Combinators.combine(name, value).as((n, v) -> List.of(n + "=" + v)),
                Arbitraries.of(List.of("--help"), List.of("-V"), List.of("positional"), List.of("--cluster")));
        return option.list().ofMaxSize(6).map(options -> {
            List<String> line = new ArrayList<>(List.of("diagnose", "--cluster", "c"));
            options.forEach(line::addAll);
            return line;
        });
    }

    @Test
    void aTakeOverWithOtherOptionsGetsNothingAndDiscardsTheHeadStart() {
        String[] args = {"diagnose", "--cluster", "c", "--endpoint-url", "http://127.0.0.1:1", "--region", "eu-west-1"};
        HeadStart begun = HeadStart.begin(app(), args);
        assertNotNull(begun);
        AwsOptions aws = new AwsOptions("eu-west-1", null, "http://127.0.0.1:1", ENV);
        assertNull(begun.takeOver(aws, DEFAULT_PARALLEL, new Target(null, "other", List.of(), null, null)));
        // discarded: the same options afterwards get nothing either (no second command may take a head start over)
        assertNull(begun.takeOver(aws, DEFAULT_PARALLEL, new Target(null, "c", List.of(), null, null)));
    }

    @Test
    void aHeadStartsFailureIsTheCommandsOwn() {
        // nothing listens on port 1: the account check fails as it would on the command's own session
        String[] args = {"diagnose", "--cluster", "c", "--endpoint-url", "http://127.0.0.1:1", "--region", "eu-west-1"};
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", "k", "AWS_SECRET_ACCESS_KEY", "s");
        StringWriter err = new StringWriter();
        App plain = new App(new PrintWriter(new StringWriter()), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]),
                new Terminal(false, env));
        int exit = Main.commandLine(plain, args).execute(args); // no head start: the command's own session
        HeadStart begun = HeadStart.begin(new App(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new ByteArrayInputStream(new byte[0]), new Terminal(false, env)), args);
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> begun.takeOver(new AwsOptions("eu-west-1", null, "http://127.0.0.1:1", env), DEFAULT_PARALLEL, new Target(null, "c", List.of(), null, null)));
        assertTrue(err.toString().contains(failure.getMessage()), err + " / " + failure.getMessage());
        assertEquals(ExitCodes.AWS_ACCESS, exit);
    }

    @Test
    void aCommandLinePicocliRefusesEndsAtOnceWithItsOneLine() {
        // the guess reads it (it does not check --format); picocli refuses it, and the head start is dropped, not awaited
        var r = Cli.run(new Terminal(false, ENV), java.io.InputStream.nullInputStream(),
                "diagnose", "--cluster", "c", "--format", "bogus", "--endpoint-url", "http://127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
        assertEquals(2, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).contains("bogus"), r.toString());
    }

    @Test
    void onATerminalARefusedCommandLinePrintsNoProgressOfItsHeadStart() {
        var r = Cli.run(new Terminal(true, Map.of("AWS_ACCESS_KEY_ID", "k", "AWS_SECRET_ACCESS_KEY", "s")), java.io.InputStream.nullInputStream(),
                "diagnose", "--cluster", "c", "--region", "eu-west-1", "--format", "bogus", "--endpoint-url", "http://127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
        assertTrue(!r.err().contains("collecting:") && r.errLines().get(0).startsWith("ecs-triage: "), r.toString());
    }
}
