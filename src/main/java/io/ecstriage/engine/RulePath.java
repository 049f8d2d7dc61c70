package io.ecstriage.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.constraint.BetaConstraint;
import org.drools.core.common.TupleStartEqualsConstraint;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.ExistsNode;
import org.drools.core.reteoo.JoinNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.NotNode;
import org.drools.core.reteoo.TerminalNode;
import org.drools.core.reteoo.TupleToObjectNode;

/**
 * The path of a rule's tuples through the beta network (its left inputs, from its first pattern to its terminal), as
 * far as an input's facts can tell whether it gives any: given which entries no fact of the input passes into (the
 * memory behind such an entry stays empty, since rules never insert facts), a rule can fire only when its path may
 * give a tuple. A pattern the path joins or asks `exists` of gives none without a fact; `not` of one without a fact
 * lets every tuple through. A group of patterns (`exists (A or B)` is `not (not A and not B)`) is a path of its own.
 * Anything else (accumulate, `from`, eval) may give a tuple or not: it never makes a rule dead.
 */
final class RulePath {
    private enum Kind { JOINS, JOINS_GROUP, NOT, NOT_GROUP, OTHER }

    private record Step(Kind kind, int entry, RulePath group) {}

    private final Step[] steps;

    private RulePath(Step[] steps) {
        this.steps = steps;
    }

    /** The path that ends in `terminal`. */
    static RulePath of(TerminalNode terminal) {
        return of(terminal.getLeftTupleSource(), null);
    }

    /** The path from `node` back to `start` (exclusive), or to the rule's first pattern. */
    private static RulePath of(LeftTupleSource node, LeftTupleSource start) {
        List<Step> steps = new ArrayList<>();
        for (; node != null && node != start; node = node.getLeftTupleSource()) {
            if (node instanceof LeftInputAdapterNode lia) {
                // a path that starts with `not` or `exists` starts from Drools' own initial fact, in every session
                boolean initial = lia.getObjectTypeNode().getObjectType() instanceof ClassObjectType c && InitialFact.class.isAssignableFrom(c.getClassType());
                steps.add(initial ? new Step(Kind.OTHER, -1, null) : new Step(Kind.JOINS, lia.getId(), null));
                break;
            }
            boolean positive = node instanceof JoinNode || node instanceof ExistsNode;
            if (!positive && !(node instanceof NotNode)) {
                steps.add(new Step(Kind.OTHER, -1, null));
                continue;
            }
            BetaNode beta = (BetaNode) node;
            if (!beta.getRightInput().inputIsTupleToObjectNode()) {
                steps.add(new Step(positive ? Kind.JOINS : Kind.NOT, beta.getRightInput().getId(), null));
            } else if (beta.getRightInput().getParent() instanceof TupleToObjectNode group && (positive || onlyAncestry(beta))) {
                steps.add(new Step(positive ? Kind.JOINS_GROUP : Kind.NOT_GROUP, -1, of(group.getLeftTupleSource(), beta.getLeftTupleSource())));
            } else {
                steps.add(new Step(Kind.OTHER, -1, null));
            }
        }
        return new RulePath(steps.toArray(new Step[0]));
    }

    /** True when a node over a group matches a group's tuple only to the tuple it came from: a `not` of it stops that one. */
    private static boolean onlyAncestry(BetaNode node) {
        for (BetaConstraint c : node.getConstraints()) if (!(c instanceof TupleStartEqualsConstraint)) return false;
        return true;
    }

    /** False when, with no fact in the entries `reached` does not hold, the path can give no tuple. */
    boolean mayGive(boolean[] reached) {
        for (Step s : steps) {
            boolean may = switch (s.kind()) {
                case JOINS -> reached[s.entry()];
                case JOINS_GROUP -> s.group().mayGive(reached);
                case NOT_GROUP -> !s.group().givesForEvery(reached);
                case NOT, OTHER -> true;
            };
            if (!may) return false;
        }
        return true;
    }

    /** True when the path surely gives a tuple for every tuple it starts from: only `not`s of what has no fact. */
    private boolean givesForEvery(boolean[] reached) {
        for (Step s : steps) {
            boolean every = switch (s.kind()) {
                case NOT -> !reached[s.entry()];
                case NOT_GROUP -> !s.group().mayGive(reached);
                case JOINS, JOINS_GROUP, OTHER -> false;
            };
            if (!every) return false;
        }
        return true;
    }

    /** Each entry whose facts the answers read (a `not` outside any group is never read: it cannot stop a path). */
    int[] readEntries() {
        List<Integer> out = new ArrayList<>();
        addReadEntries(out, false);
        return PartScreen.ints(new ArrayList<>(new java.util.LinkedHashSet<>(out)));
    }

    private void addReadEntries(List<Integer> out, boolean inGroup) {
        for (Step s : steps) {
            if (s.kind() == Kind.JOINS || (s.kind() == Kind.NOT && inGroup)) out.add(s.entry());
            if (s.group() != null) s.group().addReadEntries(out, true);
        }
    }
}
