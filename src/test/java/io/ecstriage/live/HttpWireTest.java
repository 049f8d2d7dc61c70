package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpWireTest {
    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsRequestsOneAfterTheOtherOnAKeptAliveConnection() throws Exception {
        InputStream in = in("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 19\r\n\r\nAction=DescribeVpcs"
                + "GET /fault-proxy/calls HTTP/1.1\r\n\r\n");
        HttpWire.Request first = HttpWire.read(in);
        assertEquals("POST", first.method());
        assertEquals("Action=DescribeVpcs", first.bodyText());
        assertEquals("x", first.header("host"));
        HttpWire.Request second = HttpWire.read(in);
        assertEquals("/fault-proxy/calls", second.target());
        assertEquals("", second.bodyText());
        assertNull(HttpWire.read(in), "the end of the connection");
    }

    @Test
    void readsAChunkedBody() throws Exception {
        HttpWire.Request r = HttpWire.read(in("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n{\"a\":1,\r\n3;ext=1\r\n\"b\"\r\n2\r\n:2\r\n1\r\n}\r\n0\r\nX-Trailer: t\r\n\r\n"));
        assertEquals("{\"a\":1,\"b\":2}", r.bodyText());
    }

    @Test
    void writesItsOwnLengthAndDropsHopByHopHeaders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HttpWire.write(out, new HttpWire.Response(429, List.of(Map.entry("Content-Type", "application/json"),
                Map.entry("Transfer-Encoding", "chunked"), Map.entry("Content-Length", "999"), Map.entry("Connection", "close")),
                "{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
                out.toString(StandardCharsets.ISO_8859_1));
    }
}
