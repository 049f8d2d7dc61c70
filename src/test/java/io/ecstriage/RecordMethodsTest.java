package io.ecstriage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsOptions;
import io.ecstriage.collect.Target;
import io.ecstriage.finding.Evidence;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Symptom;
import io.ecstriage.fix.FargateSizes;
import io.ecstriage.model.ContainerHealthCheck;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.TextScan;
import io.ecstriage.model.TextSignal;
import io.ecstriage.model.iam.ActionOn;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.runtime.ObjectMethods;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records that write out equals and hashCode (to spare a cold run the bootstraps of generated ones) keep record
 * semantics exactly: for every component, equals and hashCode agree with what the JDK generates for the record, which
 * this test obtains from the same bootstrap javac uses. A component added without updating them fails here.
 */
class RecordMethodsTest {

    static Stream<Class<?>> writtenOut() throws ClassNotFoundException {
        return Stream.of(ActionOn.class, AwsCall.class, ContainerHealthCheck.class, Evidence.class, Symptom.class, ImageRef.class, MissingEvidence.class,
                FargateSizes.Size.class, StackEvent.class, TextSignal.class, Class.forName("io.ecstriage.engine.LogIndex$Stream"),
                AwsOptions.class, Target.class, Class.forName("io.ecstriage.cli.HeadStart$Guess"), Class.forName("io.ecstriage.collect.EcrImage"));
    }

    @ParameterizedTest
    @MethodSource("writtenOut")
    void equalsAndHashCodeAreTheRecordOnes(Class<?> type) throws Throwable {
        MethodHandle generatedEquals = generated(type, "equals", MethodType.methodType(boolean.class, type, Object.class));
        MethodHandle generatedHash = generated(type, "hashCode", MethodType.methodType(int.class, type));
        List<Object> values = instances(type);
        assertTrue(values.size() > 2 * type.getRecordComponents().length, "every component varied: " + values);
        for (Object a : values) {
            assertEquals((int) generatedHash.invoke(a), a.hashCode(), "hashCode of " + a);
            assertFalse(a.equals(null), "equals(null) of " + a);
            assertFalse(a.equals("not a record"), a.toString());
            for (Object b : values) {
                assertEquals((boolean) generatedEquals.invoke(a, b), a.equals(b), a + " equals " + b);
            }
        }
    }

    /** The method javac would have generated: ObjectMethods' bootstrap over the record's fields. */
    private static MethodHandle generated(Class<?> type, String name, MethodType methodType) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[components.length];
        for (int i = 0; i < components.length; i++) getters[i] = lookup.findGetter(type, components[i].getName(), components[i].getType());
        String names = String.join(";", Arrays.stream(components).map(RecordComponent::getName).toList());
        return ((CallSite) ObjectMethods.bootstrap(lookup, name, methodType, type, names, getters)).dynamicInvoker();
    }

    /**
     * A base instance, an equal copy, and for each component the base with that component changed to another value
     * and to null (where the constructor accepts it); two components changed at once too.
     */
    private static List<Object> instances(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        canonical.setAccessible(true);
        Object[] base = new Object[components.length];
        for (int i = 0; i < components.length; i++) base[i] = sample(components[i].getType(), 0);
        List<Object> out = new ArrayList<>();
        out.add(create(canonical, base));
        out.add(create(canonical, base.clone()));
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            for (Object changed : t.isPrimitive() ? new Object[] {sample(t, 1)} : new Object[] {sample(t, 1), null}) {
                Object[] args = base.clone();
                args[i] = changed;
                Object made = create(canonical, args);
                if (made != null) out.add(made);
            }
        }
        if (components.length > 1) {
            Object[] args = base.clone();
            args[0] = sample(components[0].getType(), 1);
            args[components.length - 1] = sample(components[components.length - 1].getType(), 1);
            out.add(create(canonical, args));
        }
        return out;
    }

    /** The record, or null when its constructor refuses the values (List.copyOf refuses a null list). */
    private static Object create(Constructor<?> canonical, Object[] args) throws Exception {
        try {
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NullPointerException && Arrays.asList(args).contains(null)) return null;
            throw e;
        }
    }

    /** Two different values of each component type the written-out records use. */
    private static Object sample(Class<?> t, int which) throws Exception {
        if (t == String.class) return which == 0 ? "a" : "b";
        if (t == int.class || t == Integer.class) return which == 0 ? 256 : 512;
        if (t == Instant.class) return Instant.ofEpochSecond(1_700_000_000L + which);
        if (t == List.class) return which == 0 ? List.of("CMD", "true") : List.of("CMD-SHELL", "curl -f http://localhost/");
        if (t == Map.class) return which == 0 ? Map.of("--cluster", List.of("c")) : Map.of("--cluster", List.of("d"));
        if (t.isEnum()) return t.getEnumConstants()[which];
        if (t == AwsOptions.class) return new AwsOptions("ap-northeast-1", which == 0 ? null : "dev", null, Map.of());
        if (t == Target.class) return new Target(null, "c", List.of(which == 0 ? "api" : "web"), null, null);
        if (t == TextScan.class) return TextSignal.of(TextSignal.Origin.PASTED, "r", which == 0 ? "a" : "b", null).scan();
        if (t == AwsCall.class) return AwsCall.of("ecs", which == 0 ? "describe-services" : "describe-tasks");
        throw new IllegalArgumentException("no samples of " + t + ": add them for the new component");
    }
}
