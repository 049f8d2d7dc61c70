package io.ecstriage.engine;

import io.ecstriage.concurrent.InOrder;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.finding.Checks;
import io.ecstriage.finding.Hit;
import io.ecstriage.finding.HitSink;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.fix.FixCommands;
import io.ecstriage.model.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The rule base, compiled at build time into the executable model (kjar) and loaded once. A run
 * inserts a snapshot's facts and the derived ones, fires every rule and returns what they reported.
 * Built in parts (a large input's), each part fires in its own session, the parts side by side on every core, and
 * their hits come back in part order: each rule is in one part, so its hits are in the order one session gives them.
 */
public final class RuleEngine {
    /** Parts for a large input on several cores: six balanced the 100x account's firing on two cores best (docs/reliability.md, eighth round). */
    public static final int LARGE_INPUT_PARTS = 6;
    /** An input this large (bytes) has its rule base in parts. */
    public static final long LARGE_INPUT_BYTES = 4_000_000;

    /** The parts to build the rule base in for an input of `bytes` (negative: unknown): several for a large one on several cores. */
    public static int partsFor(long bytes) {
        return bytes >= LARGE_INPUT_BYTES && InOrder.threadsFor(Integer.MAX_VALUE) > 1 ? LARGE_INPUT_PARTS : 1;
    }

    private final Checks checks = new Checks();
    private final List<Part> parts;
    private final Map<String, RuleMeta> catalog;
    private final PhaseTimes phases;

    /** One part of the rule base, and which facts can reach its rules. */
    private record Part(KieBase kieBase, PartScreen screen) {
        Part(KieBase kieBase) {
            this(kieBase, new PartScreen(kieBase));
        }

        boolean matches(Class<?> type) {
            return screen.matches(type);
        }
    }

    /** Written by kie-maven-plugin: the executable-model classes of this kjar, one per rule package. */
    static final String MODEL_INDEX = "META-INF/kie/io.ecstriage/ecs-triage/drools-model";

    public RuleEngine(ClassLoader classLoader) {
        this(classLoader, PhaseTimes.off());
    }

    public RuleEngine(ClassLoader classLoader, PhaseTimes phases) {
        this(classLoader, phases, true);
    }

    /**
     * As above; `withHelper` false builds the rule base on the calling thread alone: the same rule base, about 4 % less
     * CPU than with a helper thread, slower by that thread's share. A live run builds it while it waits for AWS, where
     * the time is there and the CPU is not (docs/benchmarks.md, live, eighth pass).
     */
    public RuleEngine(ClassLoader classLoader, PhaseTimes phases, boolean withHelper) {
        this(classLoader, phases, withHelper, 1);
    }

    /** As above, the rule base in `parts` parts (see the class comment). */
    public RuleEngine(ClassLoader classLoader, PhaseTimes phases, boolean withHelper, int parts) {
        this(buildKieBases(classLoader, phases, withHelper, parts), phases);
    }

    /** An engine over a rule base built elsewhere (tests compare ways of building it). */
    RuleEngine(KieBase kieBase, PhaseTimes phases) {
        this(List.of(kieBase), phases);
    }

    private RuleEngine(List<? extends KieBase> kieBases, PhaseTimes phases) {
        this.phases = phases;
        List<Part> all = new ArrayList<>();
        for (KieBase k : kieBases) all.add(new Part(k));
        this.parts = List.copyOf(all);
        long start = phases.start();
        this.catalog = readCatalog(kieBases);
        phases.end("rule-catalog", start);
    }

    /** How many parts the rule base is in. */
    public int parts() {
        return parts.size();
    }

    /** The parts some rule pattern of which can match a fact of this class. */
    private int[] partsMatching(Class<?> type) {
        int[] out = new int[parts.size()];
        int n = 0;
        for (int i = 0; i < parts.size(); i++) if (parts.get(i).matches(type)) out[n++] = i;
        return Arrays.copyOf(out, n);
    }

    /** True when some rule pattern can match a fact of this class; others (log events, service events) stay out of the network. */
    boolean matched(Class<?> type) {
        for (Part p : parts) if (p.matches(type)) return true;
        return false;
    }

    /**
     * Building the rule base is most of a cold start. It starts from the generated model classes (no
     * KieContainer classpath scan, no kmodule parsing): one per rule package, independent, built on one or two
     * threads ({@link RuleBaseBuild}).
     */
    private static List<? extends KieBase> buildKieBases(ClassLoader classLoader, PhaseTimes phases, boolean withHelper, int parts) {
        long begin = phases.start();
        List<String> names = modelClassNames(classLoader);
        List<? extends KieBase> kieBases = new RuleBaseBuild(names.size(), i -> newModel(classLoader, names.get(i)),
                () -> RuleBaseFactory.newKnowledgeBaseConfiguration(null, classLoader), phases).build(withHelper, parts);
        phases.end("rule-base-total", begin);
        return kieBases;
    }

    static List<String> modelClassNames(ClassLoader classLoader) {
        List<String> names = new ArrayList<>();
        try (InputStream in = classLoader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) throw new IllegalStateException("no compiled rule base on the classpath (" + MODEL_INDEX + ")");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.trim();
                if (!name.isEmpty() && !name.contains(":")) names.add(name);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the compiled rule base: " + e, e);
        }
        return names;
    }

    static Model newModel(ClassLoader classLoader, String className) {
        try {
            return (Model) classLoader.loadClass(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the compiled rule base: " + e, e);
        }
    }

    /** The facts the rules get for `snapshot`: its own, then the derived ones. */
    public static List<Object> facts(Snapshot snapshot) {
        return facts(snapshot, derivedFacts(snapshot));
    }

    /** `snapshot`'s own facts, then `derived` (its {@link #derivedFacts}). */
    public static List<Object> facts(Snapshot snapshot, List<Object> derived) {
        List<Object> facts = new ArrayList<>(snapshot.facts().size() + derived.size());
        facts.addAll(snapshot.facts());
        facts.addAll(derived);
        return facts;
    }

    /** The facts computed from several of `snapshot`'s captures at once (engine/DerivedFacts). */
    public static List<Object> derivedFacts(Snapshot snapshot) {
        return DerivedFacts.of(snapshot);
    }

    /**
     * Fires a session on no facts and drops what it made: the first firing's one-time costs (Drools' session classes,
     * their first compilation; 15-20 ms cold) are paid now, where a live run waits on AWS, rather than after the last
     * answer. Nothing of it stays: each firing has its own session.
     */
    public void warmUp() {
        long start = phases.start();
        for (Part p : parts) fireSession(p.kieBase(), List.of());
        phases.end("warm-up-firing", start);
    }

    /**
     * Inserts `facts` (see {@link #facts}) into a new session of each part, every fact of a class the part matches, fires
     * every rule and returns what they reported, the parts' hits in part order.
     */
    public List<Hit> fire(List<Object> facts) {
        long start = phases.start();
        // each part's facts, in input order, sorted out in one pass (a class's parts looked up once)
        List<List<Object>> factsOf = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) factsOf.add(new ArrayList<>());
        Map<Class<?>, int[]> partsOfClass = new java.util.HashMap<>();
        for (Object f : facts) {
            for (int i : partsOfClass.computeIfAbsent(f.getClass(), this::partsMatching)) factsOf.get(i).add(f);
        }
        List<Callable<List<Hit>>> jobs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            KieBase kieBase = parts.get(i).kieBase();
            List<Object> partFacts = factsOf.get(i);
            jobs.add(() -> fireSession(kieBase, partFacts));
        }
        List<Hit> hits = fireAll(jobs, facts.size());
        phases.end("insert-and-fire", start);
        return hits;
    }

    /**
     * As {@link #fire(List)} on {@link #facts(Snapshot, List)}, the same hits: each part takes the snapshot's facts of
     * the classes it matches from the snapshot's index by class, on the core that fires it, not from one pass over every
     * fact on one core (most of a large input's facts, its log events, go to no part), and inserts only those its
     * {@link PartScreen} admits: those that enter a rule that can fire.
     */
    public List<Hit> fire(Snapshot snapshot, List<Object> derived) {
        long start = phases.start();
        List<Callable<List<Hit>>> jobs = new ArrayList<>();
        for (Part part : parts) jobs.add(() -> fireSession(part.kieBase(), part.screen().admitted(snapshot, derived)));
        List<Hit> hits = fireAll(jobs, snapshot.facts().size() + derived.size());
        phases.end("insert-and-fire", start);
        return hits;
    }

    private List<Hit> fireAll(List<Callable<List<Hit>>> jobs, int factCount) {
        List<Hit> hits = new ArrayList<>();
        for (List<Hit> partHits : InOrder.run(jobs, parts.size() == 1 ? 1 : InOrder.threadsFor(factCount))) hits.addAll(partHits);
        return hits;
    }

    private List<Hit> fireSession(KieBase kieBase, List<Object> matchedFacts) {
        HitSink sink = new HitSink();
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("sink", sink);
        session.setGlobal("fix", new FixCommands());
        session.setGlobal("checks", checks);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                sink.firing(event.getMatch().getRule().getName());
            }
        });
        session.execute(matchedFacts);
        return sink.hits();
    }

    /** Rule id → metadata, from the rules named exactly by their id. */
    public Map<String, RuleMeta> catalog() {
        return catalog;
    }

    /** All rule names of the rule base, variants included (for the catalog test). */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (Part part : parts) part.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        names.sort(Comparator.naturalOrder());
        return names;
    }


    private static Map<String, RuleMeta> readCatalog(List<? extends KieBase> kieBases) {
        List<RuleMeta> metas = new ArrayList<>();
        kieBases.forEach(kieBase -> kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            if (!r.getName().equals(HitSink.ruleIdOf(r.getName()))) return;
            Map<String, Object> m = r.getMetaData();
            metas.add(new RuleMeta(r.getName(), str(m.get("title")), severity(m.get("severity")), str(m.get("category")),
                    str(m.get("summary")), corpusIds(str(m.get("corpus"))), str(m.get("role"))));
        })));
        metas.sort(Comparator.comparing(RuleMeta::id));
        Map<String, RuleMeta> out = new LinkedHashMap<>();
        metas.forEach(meta -> out.put(meta.id(), meta));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** @corpus("A005 A008"): the corpus entry ids a rule recognises, separated by spaces or commas. */
    private static List<String> corpusIds(String v) {
        if (v == null || v.isBlank()) return List.of();
        return java.util.Arrays.stream(v.trim().split("[\\s,]+")).filter(x -> !x.isEmpty()).toList();
    }

    private static Severity severity(Object v) {
        try {
            return v == null ? null : Severity.valueOf(str(v));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String str(Object v) {
        if (v == null) return null;
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
