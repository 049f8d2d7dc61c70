package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A crash that is the app failing to reach a dependency says where to look, by how the connection failed. */
class CrashSignatureDependencyTest {
    private static String advice(String line) {
        CrashSignature c = CrashSignature.read(List.of(line));
        return c == null ? null : c.dependencyAdvice();
    }

    @Test
    void refusedTimedOutAndUnresolvedPointAtDifferentThings() {
        assertTrue(advice("Error: connect ECONNREFUSED 10.0.1.5:5432").contains("10.0.1.5:5432 (connection refused"), advice("Error: connect ECONNREFUSED 10.0.1.5:5432"));
        assertTrue(advice("Error: connect ETIMEDOUT 10.0.3.7:6379").contains("must admit the task's security group on 6379"));
        assertTrue(advice("Error: getaddrinfo ENOTFOUND db.internal.example.com").contains("db.internal.example.com does not resolve"));
    }

    @Test
    void anyOtherCrashHasNone() {
        assertNull(advice("TypeError: Cannot read properties of undefined (reading 'port')"));
        assertNull(advice("Error: listen EADDRINUSE: address already in use :::8080"));
    }
}
