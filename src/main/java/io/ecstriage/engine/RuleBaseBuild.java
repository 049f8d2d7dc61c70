package io.ecstriage.engine;

import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.concurrent.PhaseTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKiePackages;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieBaseConfiguration;

/**
 * Builds the rule base on the calling thread and, unless asked not to, a helper: both instantiate the generated models,
 * then compile them into packages; the calling thread also adds each package to the KieBase as soon as it and every
 * package before it are compiled, so the network is built while the helper still compiles (docs/benchmarks.md).
 * Without the helper the calling thread does all of it, in the same order.
 *
 * <p>The packages go in exactly as one {@code addPackages} of all of them would put them (most rules first, then by
 * name; the rule-less type packages last, the last model's of each name), so node ids, and with them the order of
 * firing and of the hits, are those of a KieBase built at once.
 *
 * <p>Built in parts, each rule package goes to one part (the packages by rule count, each to the part with the fewest
 * rules so far), in the same order, and each part gets the type packages of its own models: the parts are fired
 * side by side on a large input ({@link RuleEngine}).
 */
final class RuleBaseBuild {
    /** The order {@code KnowledgeBaseImpl.addPackages} sorts packages into before it builds their rules. */
    private static final Comparator<InternalKnowledgePackage> ADD_ORDER =
            Comparator.comparing((InternalKnowledgePackage p) -> p.getRules().size()).reversed().thenComparing(InternalKnowledgePackage::getName);

    private final Supplier<KieBaseConfiguration> newConfiguration;
    private final CompletableFuture<KieBaseConfiguration> configuration = new CompletableFuture<>();
    private final PhaseTimes phases;
    private final List<CompletableFuture<Model>> models = new ArrayList<>();
    private final AtomicInteger nextModel = new AtomicInteger();
    private final AtomicInteger nextPackage = new AtomicInteger();
    private final IntFunction<Model> newModel;
    private volatile Integer[] order;
    private final List<CompletableFuture<CanonicalKiePackages>> compiled = new ArrayList<>();

    RuleBaseBuild(int modelCount, IntFunction<Model> newModel, Supplier<KieBaseConfiguration> newConfiguration, PhaseTimes phases) {
        this.newModel = newModel;
        this.newConfiguration = newConfiguration;
        this.phases = phases;
        for (int i = 0; i < modelCount; i++) {
            models.add(new CompletableFuture<>());
            compiled.add(new CompletableFuture<>());
        }
    }

    /** The rule base, built on this thread and a helper (`withHelper`), or on this thread alone. */
    InternalKnowledgeBase build(boolean withHelper) {
        return build(withHelper, 1).get(0);
    }

    /** The rule base in `parts` parts (fewer when there are fewer packages), built as {@link #build(boolean)} builds it. */
    List<InternalKnowledgeBase> build(boolean withHelper, int parts) {
        BackgroundTask<Void> helper = !withHelper ? null : BackgroundTask.start("rule-model-loader", () -> {
            instantiateAndCompile();
            return null;
        });
        // Drools' configuration (service lookups, its class loader, property files) is a fifth of the build and the
        // models do not need it: the helper instantiates them meanwhile
        long start = phases.start();
        try {
            configuration.complete(newConfiguration.get());
        } catch (Throwable e) {
            configuration.completeExceptionally(e);
        }
        phases.end("kie-configuration", start);
        start = phases.start();
        instantiateAll();
        phases.end("rule-models", start);
        start = phases.start();
        int[] partOf = partOfEach(Math.max(1, Math.min(parts, models.size())));
        List<InternalKnowledgeBase> kieBases = new ArrayList<>();
        for (int p = 0, n = Arrays.stream(partOf).max().orElse(0) + 1; p < n; p++) {
            kieBases.add(new KieBaseBuilder(result(configuration)).createKieBase(new CanonicalKiePackages(new LinkedHashMap<>())));
        }
        for (int joined = 0; joined < compiled.size(); ) {
            if (compiled.get(joined).isDone() || !compileNext()) {
                for (InternalKnowledgePackage p : result(compiled.get(joined)).getKiePackages()) {
                    if (p.getRules().isEmpty()) continue;
                    kieBases.get(partOf[joined]).addPackages(List.of(p));
                }
                joined++;
            }
        }
        // the rule-less packages (type metadata) each model also yields: the last model's of each name, as a map of them all kept
        for (int part = 0; part < kieBases.size(); part++) {
            Map<String, InternalKnowledgePackage> typePackages = new LinkedHashMap<>();
            for (int i = 0; i < compiled.size(); i++) {
                if (partOf[i] != part) continue;
                for (InternalKnowledgePackage p : result(compiled.get(i)).getKiePackages()) {
                    if (p.getRules().isEmpty()) typePackages.put(p.getName(), p);
                }
            }
            if (!typePackages.isEmpty()) {
                List<InternalKnowledgePackage> rest = new ArrayList<>(typePackages.values());
                rest.sort(ADD_ORDER);
                kieBases.get(part).addPackages(rest);
            }
        }
        phases.end("compile-and-join", start);
        if (helper != null) helper.join();
        return kieBases;
    }

    /**
     * The part of the k-th package in adding order: each, most rules first, to the part with the fewest rules so far
     * (the lowest of equal ones); all in part 0 for one part.
     */
    private int[] partOfEach(int parts) {
        int[] partOf = new int[models.size()];
        if (parts == 1) return partOf;
        int[] rules = new int[parts];
        for (int k = 0; k < partOf.length; k++) {
            int least = 0;
            for (int p = 1; p < parts; p++) if (rules[p] < rules[least]) least = p;
            partOf[k] = least;
            rules[least] += result(models.get(order()[k])).getRules().size();
        }
        return partOf;
    }

    private void instantiateAndCompile() {
        long start = phases.start();
        instantiateAll();
        phases.end("rule-models", start);
        start = phases.start();
        while (compileNext()) {
            // each call compiles one package
        }
        phases.end("rule-packages", start);
    }

    /** Instantiates models until none is left, then waits for those the other thread took. */
    private void instantiateAll() {
        for (int i; (i = nextModel.getAndIncrement()) < models.size(); ) {
            try {
                models.get(i).complete(newModel.apply(i));
            } catch (Throwable e) {
                models.get(i).completeExceptionally(e);
            }
        }
        models.forEach(RuleBaseBuild::result);
    }

    /** The work's result; its failure rethrown as it was thrown (not wrapped), like the rule base built on one thread. */
    private static <T> T result(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /** Compiles the next package in the order they are added; false when every one is taken. */
    private boolean compileNext() {
        int k = nextPackage.getAndIncrement();
        if (k >= compiled.size()) return false;
        try {
            KiePackagesBuilder builder = new KiePackagesBuilder(result(configuration));
            builder.addModel(result(models.get(order()[k])));
            compiled.get(k).complete(builder.build());
        } catch (Throwable e) {
            compiled.get(k).completeExceptionally(e);
        }
        return true;
    }

    /** Model indexes in the order their packages are added: most rules first, then by package name. */
    private Integer[] order() {
        Integer[] o = order;
        if (o != null) return o;
        Integer[] computed = new Integer[models.size()];
        Arrays.setAll(computed, i -> i);
        Arrays.sort(computed, Comparator.comparing((Integer i) -> models.get(i).join().getRules().size()).reversed()
                .thenComparing(i -> models.get(i).join().getPackageName()));
        order = computed;
        return computed;
    }
}
