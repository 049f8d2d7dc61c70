package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which language's crash a line is, when it comes without the rest of its stack trace (a pasted line, a log tail's last). */
class CrashSignatureLanguageTest {
    private static CrashSignature.Kind kind(String... lines) {
        return CrashSignature.read(List.of(lines)).kind();
    }

    @Test
    void aPythonExceptionWithoutItsTracebackIsPython() {
        assertEquals(CrashSignature.Kind.PYTHON, kind("psycopg2.OperationalError: could not connect to server: Connection refused"));
        assertEquals(CrashSignature.Kind.PYTHON, kind("sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed"));
        assertEquals(CrashSignature.Kind.PYTHON, kind("redis.exceptions.ConnectionError: Error 111 connecting to cache:6379. Connection refused."));
        assertEquals(CrashSignature.Kind.PYTHON, kind("  File \"/app/main.py\", line 12, in <module>", "mylib.SetupException: no config"));
        assertEquals("the Python app raised psycopg2.OperationalError: boom", CrashSignature.read(List.of("psycopg2.OperationalError: boom")).label());
    }

    @Test
    void aJavaExceptionStaysJava() {
        assertEquals(CrashSignature.Kind.JAVA, kind("java.lang.IllegalStateException: Failed to load ApplicationContext"));
        assertEquals(CrashSignature.Kind.JAVA, kind("org.springframework.beans.factory.BeanCreationException: Error creating bean"));
        assertEquals(CrashSignature.Kind.JAVA, kind("redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect"));
        assertEquals(CrashSignature.Kind.JAVA, kind("com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool"));
        assertEquals(CrashSignature.Kind.JAVA, kind("Exception in thread \"main\" java.lang.NoClassDefFoundError: org/slf4j/LoggerFactory"));
        assertEquals(CrashSignature.Kind.JAVA, kind("kotlin.UninitializedPropertyAccessException: lateinit property repo has not been initialized"));
        assertEquals(CrashSignature.Kind.JAVA, kind("app.config.ConfigError: missing key", "\tat app.config.Loader.load(Loader.java:42)"));
    }
}
