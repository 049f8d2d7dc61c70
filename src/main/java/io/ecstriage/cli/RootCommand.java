package io.ecstriage.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** `ecs-triage`: tells why an ECS/Fargate deployment fails and prints the commands that fix it. */
@Command(name = "ecs-triage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Diagnoses failing AWS ECS/Fargate deployments and prints ranked root causes with fix commands.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problem found", "1:problems found", "2:bad usage or bad input",
                "3:AWS access failure (no credentials, …)", "4:internal error", "5:the report could not be written (stdout full or closed)"})
public final class RootCommand {
    /**
     * In the order help lists them. Not in the annotation: picocli would build every one of them (reflection
     * over all their options) at each start, and {@link Main#commandLine} adds only the one a command line names.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(DiagnoseCommand.class, WatchCommand.class, SnapshotCommand.class, RulesCommand.class,
            DoctorCommand.class, WarmUpCommand.class);
}
