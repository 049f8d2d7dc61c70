package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A live diagnose begun from the raw arguments while picocli builds the command line (cli/HeadStart) is the command's
 * own collection, taken over: the same calls, once each, and the same report as the command line run without it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveHeadStartIT {
    static final String REGION = "eu-north-1";
    static final String CLUSTER = "head-start-cluster";
    static final String SERVICE = "head-start-api";

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;

    @BeforeAll
    void incident() {
        new Emulated(moto, REGION).serviceWithMissingImage(CLUSTER, SERVICE, "10.61");
        run(false); // moto advances tasks as they are described: the compared runs start from the same state
    }

    record Run(LiveCli.Result result, int calls, java.util.Map<String, Integer> byAction) {}

    private static Run run(boolean headStart) {
        try (FaultProxy proxy = FaultProxy.start(moto.endpoint(), FaultPlan.none())) {
            String[] args = {"diagnose", "--cluster", CLUSTER, "--service", SERVICE, "--format", "json", "--region", REGION,
                    "--endpoint-url", proxy.endpoint()};
            LiveCli.Result r = headStart ? LiveCli.run(Emulated.ENV, args) : LiveCli.runWithoutHeadStart(Emulated.ENV, args);
            return new Run(r, proxy.totalCalls(), proxy.calls());
        }
    }

    @Test
    void theHeadStartIsTakenOverNotRepeated() {
        Run without = run(false);
        Run with = run(true);
        assertEquals(1, without.result().exit(), without.result().toString());
        assertEquals(without.result().exit(), with.result().exit(), with.result().toString());
        assertEquals(without.byAction(), with.byAction());
        assertEquals(without.calls(), with.calls());
        assertEquals(without.result().json().path("findings"), with.result().json().path("findings"));
        assertEquals(without.result().json().path("hypotheses"), with.result().json().path("hypotheses"));
    }
}
