package io.ecstriage.collect;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.wire.WireClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.mockito.invocation.InvocationOnMock;

/**
 * A Mockito wire client answering each `service:Operation` with the CLI's JSON a test gives (calls and pages alike),
 * recording what was asked; an operation without an answer fails the test.
 */
final class WireAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    final WireClient wire = mock(WireClient.class);
    private final Map<String, Function<Map<String, ?>, ObjectNode>> answers = new ConcurrentHashMap<>();
    /** "service:Operation" of every call made, in order. */
    final List<String> asked = new CopyOnWriteArrayList<>();

    WireAnswers() {
        when(wire.call(anyString(), anyString(), anyString(), any())).thenAnswer(this::answer);
        when(wire.callOnce(anyString(), anyString(), anyString(), any())).thenAnswer(this::answer);
        when(wire.paginate(anyString(), anyString(), anyString(), any(), anyInt())).thenAnswer(this::answer);
        when(wire.paginateOnce(anyString(), anyString(), anyString(), any(), anyInt())).thenAnswer(this::answer);
    }

    /** Answers `operation` (API name) of `service` by the request's members. */
    WireAnswers on(String service, String operation, Function<Map<String, ?>, ObjectNode> answer) {
        answers.put(service + ":" + operation, answer);
        return this;
    }

    WireAnswers on(String service, String operation, String json) {
        return on(service, operation, params -> json(json));
    }

    long count(String key) {
        return asked.stream().filter(key::equals).count();
    }

    @SuppressWarnings("unchecked")
    private ObjectNode answer(InvocationOnMock inv) {
        String key = inv.getArgument(0) + ":" + inv.getArgument(2);
        asked.add(key);
        Function<Map<String, ?>, ObjectNode> a = answers.get(key);
        if (a == null) throw new AssertionError("no answer for " + key);
        return a.apply((Map<String, ?>) inv.getArgument(3));
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
