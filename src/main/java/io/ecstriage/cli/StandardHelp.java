package io.ecstriage.cli;

import picocli.CommandLine.Option;

/**
 * {@code --help} and {@code --version} of a command, as picocli's {@code mixinStandardHelpOptions} would add them (same
 * names, descriptions and behaviour), but as fields of the command: picocli then does not reflect over its help mixin,
 * and that mixin's methods, at every start (docs/benchmarks.md, cold start).
 */
abstract class StandardHelp {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean helpRequested;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean versionRequested;
}
