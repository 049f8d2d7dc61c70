package io.ecstriage.engine;

import java.util.List;

/**
 * Drools classes that a run's first session initialises and that need no rule base: four factory holders that each
 * scan the class path for a service (ServiceLoader), and ClassUtils, whose first string concatenation spins method
 * handles. Initialised by the thread that waits for the rule base while it waits, they are off the way from the rule
 * base to the first firing, which nothing else can run beside. A Drools upgrade that renames one fails SessionClassesTest.
 */
public final class SessionClasses {
    static final List<String> NAMES = List.of(
            "org.drools.core.reteoo.RuntimeComponentFactory$Holder",
            "org.drools.core.common.TruthMaintenanceSystemFactory$Holder",
            "org.drools.kiesession.factory.KnowledgeHelperFactory$Holder",
            "org.drools.core.reteoo.AgendaComponentFactory$Holder",
            "org.drools.core.phreak.PhreakNetworkNodeFactory$Factory$LazyHolder",
            "org.drools.wiring.api.util.ClassUtils");

    private SessionClasses() {}

    /** Initialises them (once per JVM; later calls cost a lookup each). */
    public static void initialise(ClassLoader loader) {
        for (String name : NAMES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                // the first session initialises what it needs: a missing name costs time, never a result
            }
        }
    }
}
