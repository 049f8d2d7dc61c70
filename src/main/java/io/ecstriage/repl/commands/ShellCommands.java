package io.ecstriage.repl.commands;

import picocli.CommandLine.Command;

/** The commands of a doctor session; anything else typed or pasted at the prompt is evidence. */
@Command(name = "", synopsisHeading = "", customSynopsis = "",
        description = {"Paste aws output (JSON, one or many documents) or error text at the prompt to add it as evidence,",
                "or type a command:"},
        commandListHeading = "%nCommands:%n",
        subcommands = {DiagnoseCmd.class, ExplainCmd.class, FixCmd.class, NextCmd.class, CheckCmd.class, ShowCmd.class,
                LoadCmd.class, DropCmd.class, ResetCmd.class, SaveCmd.class, ConnectCmd.class, UseCmd.class, RefreshCmd.class, WatchCmd.class, HistoryCmd.class,
                HelpCmd.class, ExitCmd.class})
public final class ShellCommands {
}
