package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up archive's training loads the classes an HTTPS run needs: the list names them, and this Java has them. */
class WarmUpTlsClassesTest {

    @Test
    void theListNamesTheHandshakeTheTrustStoreAndTheRecordCipher() {
        List<String> names = WarmUpCommand.tlsClassNames();
        for (String needed : List.of("sun.security.ssl.SSLSocketImpl", "sun.security.ssl.ClientHello", "sun.security.ssl.CertificateVerify",
                "sun.security.validator.PKIXValidator", "sun.net.www.protocol.https.HttpsURLConnectionImpl", "com.sun.crypto.provider.GCM")) {
            assertTrue(names.contains(needed), needed + " missing from tls-classes.txt");
        }
    }

    @Test
    void nearlyEveryListedClassLoadsOnThisJava() {
        int listed = WarmUpCommand.tlsClassNames().size();
        int loaded = WarmUpCommand.loadTlsClasses();
        // a JDK update may rename a few; most missing means the list is stale for this Java: make it again (its header)
        assertTrue(loaded >= listed * 9 / 10, loaded + " of " + listed + " listed classes loaded");
    }
}
