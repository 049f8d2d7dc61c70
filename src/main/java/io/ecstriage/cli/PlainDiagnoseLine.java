package io.ecstriage.cli;

import io.ecstriage.report.ReportFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A `diagnose` command line in its plain form, read without picocli: its options are known ones, each as
 * {@code --name value} or {@code --name=value}, each once but {@code --service}, with nothing to refuse. Building picocli's
 * command line is 60-75 ms of a cold run's main thread and a share of its compilations (docs/benchmarks.md); this form
 * is what scripts and the README run. Any other line (help, an argument file, a repeated or unknown option, a value
 * that looks like an option, a format or number picocli would convert differently, a combination it refuses) is left to
 * picocli, so its messages and help stay the only ones. {@code PlainDiagnoseLineTest} holds that both bind the same.
 */
final class PlainDiagnoseLine {
    private static final String COMMAND = "diagnose";
    /** The single-valued options a plain line may hold; with {@link #REPEATABLE}, every option the command has (the test holds it). */
    static final Set<String> SINGLE = Set.of("--fixture", "--stack", "--cluster", "--amplify-app", "--amplify-branch",
            "--profile", "--endpoint-url", "--max-parallel", "--region", "--format", "--color", "--template", "--max-input-mb");
    static final String REPEATABLE = "--service";
    /** Numbers as every converter reads them alike: no sign, no leading zero, no radix prefix, within range. */
    private static final Pattern PLAIN_INT = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** The options of a plain line: single-valued by name, and the --service values in order. */
    record Options(Map<String, String> single, List<String> services) {
        /** The live options they name, as picocli binds them; null when --max-parallel is not a plain number. */
        LiveOptions live() {
            String maxParallel = single.getOrDefault("--max-parallel", LiveOptions.DEFAULT_MAX_PARALLEL);
            if (!PLAIN_INT.matcher(maxParallel).matches()) return null;
            LiveOptions live = new LiveOptions();
            live.stack = single.get("--stack");
            live.cluster = single.get("--cluster");
            live.services = services;
            live.amplifyApp = single.get("--amplify-app");
            live.amplifyBranch = single.get("--amplify-branch");
            live.profile = single.get("--profile");
            live.endpointUrl = single.get("--endpoint-url");
            live.maxParallel = Integer.parseInt(maxParallel);
            return live;
        }
    }

    private PlainDiagnoseLine() {}

    /** The options of `args` when they are `diagnose` followed by known options in the plain form; null otherwise. */
    static Options read(String[] args) {
        if (args.length == 0 || !args[0].equals(COMMAND)) return null;
        Map<String, String> single = new HashMap<>();
        List<String> services = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            boolean attached = a.startsWith("--") && eq > 0;
            String name = attached ? a.substring(0, eq) : a;
            String value;
            if (attached) {
                value = a.substring(eq + 1);
            } else {
                if (i + 1 >= args.length) return null;
                value = args[++i];
            }
            if (value.isEmpty() || value.startsWith("@") || (value.startsWith("-") && !value.equals("-"))) return null;
            if (name.equals(REPEATABLE)) {
                services.add(value);
            } else if (!SINGLE.contains(name) || single.putIfAbsent(name, value) != null) {
                return null;
            }
        }
        return new Options(single, services);
    }

    /** The command bound as picocli binds `args`, ready to call; null when picocli must read them. */
    static DiagnoseCommand bind(App app, String[] args) {
        Options o = read(args);
        if (o == null) return null;
        Map<String, String> s = o.single();
        Optional<ReportFormat> format = ReportFormat.named(s.getOrDefault("--format", "text"));
        String color = s.getOrDefault("--color", "auto");
        String maxInputMb = s.getOrDefault("--max-input-mb", "64");
        LiveOptions live = o.live();
        if (format.isEmpty() || !DiagnoseCommand.COLORS.contains(color) || !PLAIN_INT.matcher(maxInputMb).matches() || live == null) {
            return null;
        }
        DiagnoseCommand d = new DiagnoseCommand(app);
        d.fixture = s.get("--fixture");
        d.format = format.get();
        d.template = s.get("--template");
        d.region = s.get("--region");
        d.color(color);
        d.maxInputMb = Long.parseLong(maxInputMb);
        d.live = live;
        return d.problem() == null ? d : null;
    }
}
