package io.ecstriage.cli;

import io.ecstriage.report.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** `ecs-triage --version`: what a bug report needs (version, commit, rule count, Java runtime), without loading the rule base. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        BuildInfo b = BuildInfo.load();
        return new String[] {
            "ecs-triage " + b.version() + " (commit " + b.commit() + ")",
            "rules: " + (b.ruleCount() < 0 ? "unknown" : b.ruleCount()),
            "java: " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.vendor") + ", "
                    + System.getProperty("java.vm.name") + ") at " + System.getProperty("java.home"),
            "os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        };
    }
}
