package io.ecstriage.engine;

import io.ecstriage.model.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.common.BaseNode;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.TerminalNode;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Which facts can reach a rule of one part of the rule base that can fire. A fact enters the part's beta network where
 * a chain of conditions of its class's patterns leads (an entry: a pattern's way into a join, or a rule's first
 * pattern); a fact every chain turns away stops in the alpha network, so it is not inserted. And a rule cannot fire
 * when a pattern its path needs has no fact ({@link RulePath}): facts that enter only such rules are not inserted
 * either, they would be joined for nothing (a large account's 6,000 tasks, in every part). Rules never insert or
 * change facts, so the facts given are all a session has. A large account's texts (ten thousand service events) are
 * tested by the text conditions of every part anyway, and a text keeps each pattern's answer (model/TextScan): the
 * part tests an admitted text again by lookups.
 */
final class PartScreen {
    /**
     * A type's node or an alpha node of the part: its condition (none for a type's node), the conditions that follow
     * it and the entries right after it. `id` is the node's id in the part's network, an index into a screening's state.
     */
    record Condition(int id, AlphaNodeFieldConstraint constraint, Condition[] next, int[] entries, int[] watched) {
        boolean allows(DefaultFactHandle fact) {
            if (constraint == null) return true;
            try {
                return constraint.isAllowed(fact, null);
            } catch (RuntimeException e) {
                return true; // a condition that needs the session to tell: the part's own network decides
            }
        }

        /** True when the fact passes this condition and then some chain to an entry `open` holds. */
        boolean admits(DefaultFactHandle fact, boolean[] open, boolean[] openBelow) {
            if (!openBelow[id] || !allows(fact)) return false;
            for (int e : entries) if (open[e]) return true;
            for (Condition c : next) if (c.admits(fact, open, openBelow)) return true;
            return false;
        }

        /** Marks the watched entries the fact passes into, skipping conditions below which each has a fact already. */
        void reach(DefaultFactHandle fact, PartScreening s) {
            if (s.settledBelow(id) || !allows(fact)) return;
            for (int w : watched) s.reached(w);
            for (Condition c : next) c.reach(fact, s);
        }
    }

    private final List<ObjectTypeNode> types;
    /** The conditions of `types`, in their order. */
    final Condition[] typeNodes;
    private final Map<Class<?>, Condition[]> screens = new ConcurrentHashMap<>();
    /** By node id: the condition (or type node) an entry or a condition follows; -1 for none. */
    final int[] parent;
    /** By node id: how many watched entries (those whose facts tell a rule dead or not) are at or below the condition. */
    final int[] watchedBelow;
    /** By terminal (a rule, or a branch of its `or`): its path, and the entries the path's answer reads. */
    final RulePath[] pathOfTerminal;
    final int[][] readOfTerminal;
    /** By entry id: how many terminals read it (0: not watched). */
    final int[] readersOfEntry;
    /** By type node id: the watched entries below it. */
    final int[][] watchedUnder;
    private final int[] ruleOfTerminal;
    /** By entry id: the rules (indices) whose patterns it feeds, -1 for one that is no rule of the part; null for an id that is no entry. */
    private final int[][] rulesOfEntry;
    private final int ruleCount;
    /** Every entry open (no rule known dead), and the conditions with an entry below: one fact at a time. */
    private final boolean[] allOpen;
    private final boolean[] allOpenBelow;

    PartScreen(KieBase kieBase) {
        InternalRuleBase ruleBase = (InternalRuleBase) kieBase;
        types = List.copyOf(ruleBase.getRete().getObjectTypeNodes());
        List<TerminalNode[]> terminals = List.copyOf(ruleBase.getReteooBuilder().getTerminalNodes().values());
        int maxId = 0;
        for (ObjectTypeNode t : types) maxId = Math.max(maxId, maxIdBelow(t));
        for (TerminalNode[] nodes : terminals) for (TerminalNode n : nodes) maxId = Math.max(maxId, ((BaseNode) n).getId());
        parent = new int[maxId + 1];
        Arrays.fill(parent, -1);
        rulesOfEntry = new int[maxId + 1][];
        // the rules, each terminal's path, and the entries the paths read
        Map<Rule, Integer> ruleIndex = new HashMap<>();
        List<RulePath> paths = new ArrayList<>();
        List<Integer> ruleOf = new ArrayList<>();
        readersOfEntry = new int[maxId + 1];
        for (TerminalNode[] nodes : terminals) {
            for (TerminalNode n : nodes) {
                RulePath path = RulePath.of(n);
                for (int id : path.readEntries()) readersOfEntry[id]++;
                paths.add(path);
                ruleIndex.putIfAbsent(n.getRule(), ruleIndex.size());
                ruleOf.add(ruleIndex.get(n.getRule()));
            }
        }
        boolean[] watched = new boolean[maxId + 1];
        for (int id = 0; id <= maxId; id++) watched[id] = readersOfEntry[id] > 0;
        pathOfTerminal = paths.toArray(new RulePath[0]);
        readOfTerminal = new int[paths.size()][];
        for (int t = 0; t < readOfTerminal.length; t++) readOfTerminal[t] = paths.get(t).readEntries();
        ruleOfTerminal = ints(ruleOf);
        ruleCount = ruleIndex.size();
        watchedBelow = new int[maxId + 1];
        List<Condition> roots = new ArrayList<>();
        for (ObjectTypeNode t : types) roots.add(condition(t, null, -1, watched, ruleIndex));
        typeNodes = roots.toArray(new Condition[0]);
        watchedUnder = new int[maxId + 1][];
        for (Condition t : typeNodes) {
            List<Integer> under = new ArrayList<>();
            addWatched(t, under);
            watchedUnder[t.id()] = ints(under);
        }
        allOpen = new boolean[maxId + 1];
        for (int id = 0; id <= maxId; id++) allOpen[id] = rulesOfEntry[id] != null;
        allOpenBelow = openBelow(allOpen);
    }

    /** The largest id of a node at or below `source`: its alpha nodes and entries. */
    private static int maxIdBelow(ObjectSource source) {
        int max = source.getId();
        for (ObjectSink sink : source.getObjectSinkPropagator().getSinks()) {
            max = Math.max(max, sink instanceof AlphaNode a ? maxIdBelow(a) : ((BaseNode) sink).getId());
        }
        return max;
    }

    private static void addWatched(Condition c, List<Integer> out) {
        for (int w : c.watched()) out.add(w);
        for (Condition n : c.next()) addWatched(n, out);
    }

    private Condition condition(ObjectSource node, AlphaNodeFieldConstraint constraint, int parentId, boolean[] watched, Map<Rule, Integer> ruleIndex) {
        parent[node.getId()] = parentId;
        List<Condition> next = new ArrayList<>();
        List<Integer> entries = new ArrayList<>();
        List<Integer> watchedHere = new ArrayList<>();
        int below = 0;
        for (ObjectSink sink : node.getObjectSinkPropagator().getSinks()) {
            if (sink instanceof AlphaNode a) {
                Condition c = condition(a, a.getConstraint(), node.getId(), watched, ruleIndex);
                next.add(c);
                below += watchedBelow[c.id()];
                continue;
            }
            int id = ((BaseNode) sink).getId();
            parent[id] = node.getId();
            entries.add(id);
            Rule[] rules = ((BaseNode) sink).getAssociatedRules();
            // an entry of nothing known (a query's, none here) stays open: what needs it cannot be told
            rulesOfEntry[id] = new int[Math.max(1, rules.length)];
            rulesOfEntry[id][0] = -1;
            for (int r = 0; r < rules.length; r++) rulesOfEntry[id][r] = ruleIndex.getOrDefault(rules[r], -1);
            if (watched[id]) {
                watchedHere.add(id);
                below++;
            }
        }
        watchedBelow[node.getId()] = below;
        return new Condition(node.getId(), constraint, next.toArray(new Condition[0]), ints(entries), ints(watchedHere));
    }

    // loops, not streams: the screen is built on a cold start's critical path, where each stream's lambdas are first linked
    static int[] ints(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }

    /** By node id: whether an open entry is at or below the condition. */
    boolean[] openBelow(boolean[] open) {
        boolean[] below = new boolean[open.length];
        for (Condition t : typeNodes) markOpenBelow(t, open, below);
        return below;
    }

    private static boolean markOpenBelow(Condition c, boolean[] open, boolean[] below) {
        boolean any = false;
        for (int e : c.entries()) any |= open[e];
        for (Condition n : c.next()) any |= markOpenBelow(n, open, below);
        below[c.id()] = any;
        return any;
    }

    /** True when some pattern of the part can match a fact of this class. */
    boolean matches(Class<?> type) {
        for (Condition t : screenOf(type)) if (allOpenBelow[t.id()]) return true;
        return false;
    }

    /** True when `fact` passes some pattern's own conditions in the part (taken alone: every rule may fire). */
    boolean admits(Object fact) {
        DefaultFactHandle handle = new DefaultFactHandle(fact);
        for (Condition t : screenOf(fact.getClass())) if (t.admits(handle, allOpen, allOpenBelow)) return true;
        return false;
    }

    /**
     * The facts of the snapshot, then those of `derived`, each in their order, that enter a rule of the part that can
     * fire with them all ({@link PartScreening}).
     */
    List<Object> admitted(Snapshot snapshot, List<Object> derived) {
        return new PartScreening(this, snapshot, derived).admitted();
    }

    /** By rule index: whether some terminal of the rule is live (`liveTerminals`, by terminal index). */
    boolean[] liveRules(boolean[] liveTerminals) {
        boolean[] live = new boolean[ruleCount];
        for (int t = 0; t < liveTerminals.length; t++) live[ruleOfTerminal[t]] |= liveTerminals[t];
        return live;
    }

    /** By node id: the entries a rule of `live` reads from. */
    boolean[] openEntries(boolean[] live) {
        boolean[] open = new boolean[allOpen.length];
        for (int id = 0; id < open.length; id++) {
            if (rulesOfEntry[id] == null) continue;
            for (int r : rulesOfEntry[id]) open[id] |= r < 0 || live[r];
        }
        return open;
    }

    /** True when every fact of a class with these type nodes enters an entry of `open`: one follows a type node at once. */
    static boolean admitsAll(Condition[] typeNodes, boolean[] open) {
        for (Condition t : typeNodes) for (int e : t.entries()) if (open[e]) return true;
        return false;
    }

    /** The type nodes a fact of this class enters. */
    Condition[] screenOf(Class<?> type) {
        Condition[] known = screens.get(type); // a bound method reference would be made on every call
        return known != null ? known : screens.computeIfAbsent(type, this::typeNodesOf);
    }

    private Condition[] typeNodesOf(Class<?> type) {
        List<Condition> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) if (types.get(i).getObjectType().isAssignableFrom(type)) out.add(typeNodes[i]);
        return out.toArray(new Condition[0]);
    }
}
