package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The Drools classes initialised ahead of the first session still exist under these names. */
class SessionClassesTest {

    @Test
    void everyNamedClassIsOnTheClassPath() {
        assertFalse(SessionClasses.NAMES.isEmpty());
        ClassLoader loader = SessionClasses.class.getClassLoader();
        for (String name : SessionClasses.NAMES) {
            assertDoesNotThrow(() -> Class.forName(name, false, loader), name + " is gone: a Drools upgrade renamed it");
        }
    }

    @Test
    void initialisingThemTwiceIsHarmless() {
        ClassLoader loader = SessionClasses.class.getClassLoader();
        assertDoesNotThrow(() -> SessionClasses.initialise(loader));
        assertDoesNotThrow(() -> SessionClasses.initialise(loader));
    }
}
