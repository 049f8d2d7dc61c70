package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A log index hands the crash reader no lower case for a line without any of {@link CrashSignature#LOWER_CASE_WORDS}:
 * the reader must then find what it finds with every line in lower case, so every word a crash pattern needs is one.
 */
class CrashSignatureLowerCaseTest {
    private static final List<String> ORDINARY = List.of("INFO request 7 served in 7 ms by worker 3", "Uvicorn running on http://0.0.0.0:8000",
            "GET /health 200", "");

    private static final List<List<String>> CRASHES = List.of(
            List.of("exec /usr/local/bin/app: exec format error"),
            List.of("Traceback (most recent call last):", "  File \"/app/main.py\", line 3, in <module>", "KeyError: 'DATABASE_URL'"),
            List.of("Error: environment variable DATABASE_URL is not set"),
            List.of("missing required environment variable REDIS_HOST"),
            List.of("Error: listen EADDRINUSE: address already in use :::3000"),
            List.of("bind: address already in use"),
            List.of("panic: runtime error: invalid memory address or nil pointer dereference", "goroutine 1 [running]:"),
            List.of("fatal error: all goroutines are asleep - deadlock!"),
            List.of("Traceback (most recent call last):", "  File \"/app/main.py\", line 9, in <module>", "SystemExit: 3"),
            List.of("Traceback (most recent call last):", "  File \"/app/w.py\", line 2, in <module>", "KeyboardInterrupt"),
            List.of("Traceback (most recent call last):", "  File \"/app/w.py\", line 2, in <module>", "DeprecationWarning: old"),
            List.of("Exception in thread \"main\" java.lang.IllegalStateException: no datasource"),
            List.of("Caused by: org.postgresql.util.PSQLException: Connection refused"),
            List.of("psycopg2.OperationalError: could not connect to server"),
            List.of("TypeError: Cannot read properties of undefined (reading 'x')"),
            List.of("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'express'"),
            List.of("Uncaught ReferenceError: foo is not defined"));

    private static List<String> lowerAsAnIndexGivesIt(List<String> lines) {
        List<String> lower = new ArrayList<>();
        for (String l : lines) {
            String low = l.toLowerCase(Locale.ROOT);
            lower.add(CrashSignature.LOWER_CASE_WORDS.stream().anyMatch(low::contains) ? low : null);
        }
        return lower;
    }

    @Test
    void everyCrashIsReadTheSameWhenLinesWithoutTheWordsHaveNoLowerCase() {
        for (List<String> crash : CRASHES) {
            for (int at = 0; at <= ORDINARY.size(); at++) {
                List<String> lines = new ArrayList<>(ORDINARY.subList(0, at));
                lines.addAll(crash);
                lines.addAll(ORDINARY.subList(at, ORDINARY.size()));
                CrashSignature whole = CrashSignature.read(lines);
                assertNotNull(whole, lines.toString());
                assertEquals(whole, CrashSignature.read(lines, lowerAsAnIndexGivesIt(lines)), lines.toString());
            }
        }
    }

    @Test
    void aTailOfOrdinaryLinesIsNoCrash() {
        assertNull(CrashSignature.read(ORDINARY, lowerAsAnIndexGivesIt(ORDINARY)));
        assertNull(CrashSignature.read(ORDINARY));
    }
}
