package io.ecstriage.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** `ecs-triage`: tells why an ECS/Fargate deployment fails and prints the commands that fix it. */
@Command(name = "ecs-triage", addMethodSubcommands = false, versionProvider = VersionProvider.class,
        description = "Diagnoses failing AWS ECS/Fargate deployments and prints ranked root causes with fix commands.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problem found", "1:problems found", "2:bad usage or bad input",
                "3:AWS access failure (no credentials, …)", "4:internal error", "5:the report could not be written (stdout full or closed)"})
public final class RootCommand extends StandardHelp {
    /**
     * By the name in each one's {@code @Command}, in the order help lists them. Not in the annotation: picocli would
     * build every one of them (reflection over all their options) at each start, and {@link Main#commandLine} adds
     * only the one a command line names; keyed here so that finding it reads no other command's annotations.
     */
    static final Map<String, Class<?>> SUBCOMMANDS;

    static {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("diagnose", DiagnoseCommand.class);
        byName.put("watch", WatchCommand.class);
        byName.put("snapshot", SnapshotCommand.class);
        byName.put("rules", RulesCommand.class);
        byName.put("doctor", DoctorCommand.class);
        byName.put("warm-up", WarmUpCommand.class);
        SUBCOMMANDS = Collections.unmodifiableMap(byName);
    }
}
