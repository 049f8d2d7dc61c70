package io.ecstriage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

/**
 * One plain Jackson parse of a file in a fresh JVM, for bench/scale.sh's cold line: what a user's own parse of the
 * file would cost, JVM start included, beside what `ecs-triage diagnose` of it costs. Not a test.
 */
public final class ParseOnce {
    private ParseOnce() {}

    public static void main(String[] args) throws Exception {
        new ObjectMapper().readTree(new File(args[0]));
    }
}
