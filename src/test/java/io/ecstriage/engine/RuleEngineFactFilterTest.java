package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.LogEvent;
import io.ecstriage.model.ServiceEvent;
import io.ecstriage.model.TaskLogTail;
import io.ecstriage.model.TextSignal;
import org.junit.jupiter.api.Test;

/** Only facts some rule pattern can match enter the network: no rule reads raw log or service events. */
class RuleEngineFactFilterTest {

    @Test
    void factsThatRulesMatchAreInsertedAndRawEventsAreNot() {
        RuleEngine engine = TestDiagnosis.engine();
        assertTrue(engine.matched(EcsTask.class));
        assertTrue(engine.matched(TextSignal.class));
        assertTrue(engine.matched(TaskLogTail.class));
        assertFalse(engine.matched(LogEvent.class));
        assertFalse(engine.matched(ServiceEvent.class));
        assertFalse(engine.matched(String.class));
    }
}
