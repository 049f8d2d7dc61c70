package io.ecstriage.engine;

import io.ecstriage.engine.PartScreen.Condition;
import io.ecstriage.model.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.core.common.DefaultFactHandle;

/**
 * One screening of an input's facts for one part ({@link PartScreen}): first which terminals can fire, then the facts
 * that enter a rule of theirs. The snapshot's facts are taken by class from its positions, so a class whose every fact
 * enters such a rule (a large account's 6,000 tasks) is admitted without reading one. The classes are read fewest
 * facts first, and after each the terminals its facts settle are decided: dead when their path can give nothing even
 * if every entry still to be read had a fact, live when it can with those read so far. An entry only decided
 * terminals read is no longer watched, so a large account's texts, read last, are tested only for the rules still open.
 */
final class PartScreening {
    private static final byte LIVE = 1;
    private static final byte DEAD = 2;

    private final PartScreen screen;
    private final Snapshot snapshot;
    private final List<Object> derived;
    /** The facts of each class the part matches: the snapshot's by position, then the derived ones of the class. */
    private final Map<Class<?>, ClassFacts> byClass = new LinkedHashMap<>();
    private final DefaultFactHandle handle = new DefaultFactHandle(null);
    /** By node id: a fact passed into the entry; no fact left to read could (its type node's classes are read). */
    private final boolean[] reached;
    private final boolean[] known;
    /** By node id: the watched entries at or below the condition that no fact passed into yet and an open terminal reads. */
    private final int[] unreachedBelow;
    private final int[] readers;
    private final byte[] decided;

    /** A class's facts: the snapshot's at `positions`, then `derived` ones. */
    private record ClassFacts(Class<?> type, int[] positions, List<Object> derived) {
        int size() {
            return positions.length + derived.size();
        }
    }

    PartScreening(PartScreen screen, Snapshot snapshot, List<Object> derived) {
        this.screen = screen;
        this.snapshot = snapshot;
        this.derived = derived;
        reached = new boolean[screen.parent.length];
        known = new boolean[screen.parent.length];
        unreachedBelow = screen.watchedBelow.clone();
        readers = screen.readersOfEntry.clone();
        decided = new byte[screen.pathOfTerminal.length];
        for (Class<?> c : snapshot.factClasses()) {
            if (screen.matches(c)) byClass.put(c, new ClassFacts(c, snapshot.positionsOf(c), new ArrayList<>()));
        }
        // derived facts come in runs of one class: a class's list is looked up once per run
        Class<?> last = null;
        List<Object> into = null;
        for (Object fact : derived) {
            if (fact.getClass() != last) {
                last = fact.getClass();
                into = screen.matches(last) ? byClass.computeIfAbsent(last, c -> new ClassFacts(c, new int[0], new ArrayList<>())).derived() : null;
            }
            if (into != null) into.add(fact);
        }
    }

    /** The snapshot's facts, then the derived ones, each in input order, that enter a rule of the part that can fire. */
    List<Object> admitted() {
        boolean[] open = screen.openEntries(screen.liveRules(liveTerminals()));
        boolean[] openBelow = screen.openBelow(open);
        int[] own = new int[0];
        int ownCount = 0;
        Map<Class<?>, Boolean> derivedAll = new HashMap<>(); // a derived class some of whose facts may enter: all of them?
        for (ClassFacts c : byClass.values()) {
            Condition[] typeNodes = screen.screenOf(c.type());
            boolean all = PartScreen.admitsAll(typeNodes, open);
            if (c.positions().length > 0) {
                int[] kept = all ? c.positions() : admittedOf(c.positions(), typeNodes, open, openBelow);
                if (ownCount + kept.length > own.length) own = Arrays.copyOf(own, Math.max(own.length * 2, ownCount + kept.length));
                System.arraycopy(kept, 0, own, ownCount, kept.length);
                ownCount += kept.length;
            }
            if (!c.derived().isEmpty() && (all || anyOpenBelow(typeNodes, openBelow))) derivedAll.put(c.type(), all);
        }
        Arrays.sort(own, 0, ownCount); // the classes' positions merged: input order
        List<Object> facts = snapshot.facts();
        List<Object> out = new ArrayList<>(ownCount + derived.size());
        for (int i = 0; i < ownCount; i++) out.add(facts.get(own[i]));
        addDerived(out, open, openBelow, derivedAll);
        return out;
    }

    /** The derived facts that enter, in order: they come in runs of one class, whose screen is looked up once per run. */
    private void addDerived(List<Object> out, boolean[] open, boolean[] openBelow, Map<Class<?>, Boolean> derivedAll) {
        if (derivedAll.isEmpty()) return;
        Class<?> last = null;
        Boolean all = null;
        Condition[] typeNodes = null;
        for (Object fact : derived) {
            if (fact.getClass() != last) {
                last = fact.getClass();
                all = derivedAll.get(last);
                typeNodes = all == null ? null : screen.screenOf(last);
            }
            if (all != null && (all || admits(fact, typeNodes, open, openBelow))) out.add(fact);
        }
    }

    private int[] admittedOf(int[] positions, Condition[] typeNodes, boolean[] open, boolean[] openBelow) {
        if (!anyOpenBelow(typeNodes, openBelow)) return new int[0];
        List<Object> facts = snapshot.facts();
        int[] kept = new int[positions.length];
        int n = 0;
        for (int p : positions) if (admits(facts.get(p), typeNodes, open, openBelow)) kept[n++] = p;
        return Arrays.copyOf(kept, n);
    }

    private boolean admits(Object fact, Condition[] typeNodes, boolean[] open, boolean[] openBelow) {
        handle.setObject(fact);
        for (Condition t : typeNodes) if (t.admits(handle, open, openBelow)) return true;
        return false;
    }

    private static boolean anyOpenBelow(Condition[] typeNodes, boolean[] openBelow) {
        for (Condition t : typeNodes) if (openBelow[t.id()]) return true;
        return false;
    }

    /** By terminal: whether its path can give a tuple with the input's facts. */
    private boolean[] liveTerminals() {
        int[] unread = new int[reached.length]; // by type node id: the classes still to be read that enter it
        for (Class<?> c : byClass.keySet()) for (Condition t : screen.screenOf(c)) unread[t.id()]++;
        for (Condition t : screen.typeNodes) if (unread[t.id()] == 0) markKnown(t);
        decide();
        List<ClassFacts> classes = new ArrayList<>(byClass.values());
        classes.sort(Comparator.comparingInt(ClassFacts::size)); // stable: input order among equals
        List<Object> facts = snapshot.facts();
        for (ClassFacts c : classes) {
            Condition[] typeNodes = screen.screenOf(c.type());
            for (int i = 0; i < c.size() && !allReached(typeNodes); i++) {
                handle.setObject(i < c.positions().length ? facts.get(c.positions()[i]) : c.derived().get(i - c.positions().length));
                for (Condition t : typeNodes) t.reach(handle, this);
            }
            for (Condition t : typeNodes) if (--unread[t.id()] == 0) markKnown(t);
            decide();
        }
        boolean[] live = new boolean[decided.length];
        for (int t = 0; t < live.length; t++) live[t] = decided[t] != DEAD; // every entry known now: none is left open
        return live;
    }

    private void markKnown(Condition typeNode) {
        for (int e : screen.watchedUnder[typeNode.id()]) known[e] = true;
    }

    private void decide() {
        boolean[] ifUnknownHadFacts = reached.clone();
        for (int id = 0; id < known.length; id++) ifUnknownHadFacts[id] |= !known[id];
        for (int t = 0; t < decided.length; t++) {
            if (decided[t] != 0) continue;
            if (screen.pathOfTerminal[t].mayGive(reached)) decided[t] = LIVE;
            else if (!screen.pathOfTerminal[t].mayGive(ifUnknownHadFacts)) decided[t] = DEAD;
            else continue;
            for (int e : screen.readOfTerminal[t]) if (--readers[e] == 0 && !reached[e]) unwatch(e);
        }
    }

    /** A fact passed into the watched entry `entry`. */
    void reached(int entry) {
        if (reached[entry]) return;
        reached[entry] = true;
        if (readers[entry] > 0) unwatch(entry);
    }

    /** True when no watched entry that no fact passed into yet is at or below the condition. */
    boolean settledBelow(int condition) {
        return unreachedBelow[condition] == 0;
    }

    private void unwatch(int entry) {
        for (int c = screen.parent[entry]; c >= 0; c = screen.parent[c]) unreachedBelow[c]--;
    }

    private boolean allReached(Condition[] typeNodes) {
        for (Condition t : typeNodes) if (unreachedBelow[t.id()] > 0) return false;
        return true;
    }
}
