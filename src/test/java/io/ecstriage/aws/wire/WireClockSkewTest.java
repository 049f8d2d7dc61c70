package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A machine whose clock is off: AWS refuses the signature, the client learns AWS's time from the Date header and signs again. */
class WireClockSkewTest {
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final List<Instant> signedAt = Collections.synchronizedList(new ArrayList<>());

    /** A raw one-request-per-connection server: the JDK's HttpServer always writes its own Date header. */
    private <T> T withServer(Function<Instant, Boolean> accepts, Instant awsNow, Function<WireClient, T> body) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                        int length = 0;
                        Instant at = null;
                        for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                            String lower = line.toLowerCase(java.util.Locale.ROOT);
                            if (lower.startsWith("content-length:")) length = Integer.parseInt(line.substring(15).strip());
                            if (lower.startsWith("x-amz-date:")) at = Instant.from(AMZ_DATE.parse(line.substring(11).strip()));
                        }
                        for (int i = 0; i < length; i++) in.read();
                        signedAt.add(at);
                        boolean ok = accepts.apply(at);
                        byte[] b = (ok ? "{\"clusters\":[],\"failures\":[]}"
                                : "{\"__type\":\"InvalidSignatureException\",\"message\":\"Signature expired: is now earlier than ...\"}")
                                .getBytes(StandardCharsets.UTF_8);
                        String head = "HTTP/1.1 " + (ok ? "200 OK" : "400 Bad Request") + "\r\nDate: "
                                + DateTimeFormatter.RFC_1123_DATE_TIME.format(awsNow.atZone(ZoneOffset.UTC))
                                + "\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: " + b.length + "\r\nConnection: close\r\n\r\n";
                        OutputStream out = s.getOutputStream();
                        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                        out.write(b);
                        out.flush();
                    } catch (IOException e) {
                        return; // closed at the end of the test
                    }
                }
            });
            answering.setDaemon(true);
            answering.start();
            WireClient client = new WireClient(new Endpoints(URI.create("http://127.0.0.1:" + server.getLocalPort())),
                    () -> new SigV4.Credentials("AKID", "SECRET", null), op -> op.startsWith("Describe"), (s, o) -> {},
                    Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(5), Clock.systemUTC(), d -> {}, new Random(1));
            return body.apply(client);
        }
    }

    @Test
    void aClockAnHourBehind_isCorrectedFromAwsDate_andTheCallAnswers() throws Exception {
        Instant awsNow = Instant.now().plus(Duration.ofHours(1));
        withServer(at -> Duration.between(at, awsNow).abs().compareTo(Duration.ofMinutes(5)) < 0, awsNow, client -> {
            assertEquals(0, client.call("ecs", "eu-west-1", "describe-clusters", Map.of("clusters", List.of("c"))).path("clusters").size());
            return null;
        });
        assertEquals(2, signedAt.size(), "one refused, one signed at AWS's time");
        assertTrue(Duration.between(signedAt.get(1), awsNow).abs().compareTo(Duration.ofMinutes(1)) < 0, signedAt::toString);
    }

    @Test
    void aSignatureErrorWithAClockInStep_isNotRetried() throws Exception {
        WireException e = withServer(at -> false, Instant.now(), client -> assertThrows(WireException.class,
                () -> client.call("ecs", "eu-west-1", "describe-clusters", Map.of("clusters", List.of("c")))));
        assertEquals("InvalidSignatureException", e.code());
        assertEquals(1, signedAt.size(), "a wrong key is not a clock problem: one request");
    }
}
