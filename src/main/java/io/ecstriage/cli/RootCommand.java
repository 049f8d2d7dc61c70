package io.ecstriage.cli;

import picocli.CommandLine.Command;

/** `ecs-triage`: tells why an ECS/Fargate deployment fails and prints the commands that fix it. */
@Command(name = "ecs-triage", mixinStandardHelpOptions = true, version = "ecs-triage 0.1.0",
        description = "Diagnoses failing AWS ECS/Fargate deployments and prints ranked root causes with fix commands.",
        subcommands = {DiagnoseCommand.class, SnapshotCommand.class, RulesCommand.class, DoctorCommand.class, WarmUpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problem found", "1:problems found", "2:bad usage or bad input",
                "3:AWS access failure (no credentials, …)", "4:internal error"})
public final class RootCommand {
}
