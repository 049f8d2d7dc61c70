package io.ecstriage.repl.commands;

import io.ecstriage.finding.Finding;
import io.ecstriage.repl.Scope;
import io.ecstriage.repl.ShellContext;
import io.ecstriage.repl.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Completion candidates, computed when Tab is pressed (from the session, and the account when connected). */
public final class Candidates {
    private Candidates() {}

    /** Candidates that depend on the words already typed (e.g. `use service <Tab>`). */
    public interface LineAware {
        List<String> candidates(List<String> words);
    }

    /** The ranks of the current findings: 1, 2, … */
    public static final class Ranks implements Iterable<String> {
        private final ShellContext ctx;

        public Ranks(ShellContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Iterator<String> iterator() {
            List<String> out = new ArrayList<>();
            for (Finding f : ctx.session().report().findings()) out.add(String.valueOf(f.rank()));
            return out.iterator();
        }
    }

    public static final class ShowKinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Tables.Kind.values()).map(Tables.Kind::label).iterator();
        }
    }

    public static final class ScopeKinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Scope.Kind.values()).map(Enum::name).iterator();
        }
    }

    /** Stack, cluster or service names, by the kind typed before. */
    public static final class Names implements Iterable<String>, LineAware {
        private final ShellContext ctx;

        public Names(ShellContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public List<String> candidates(List<String> words) {
            for (String w : words) {
                for (Scope.Kind k : Scope.Kind.values()) if (k.name().equals(w)) return ctx.names(k);
            }
            return List.of();
        }

        @Override
        public Iterator<String> iterator() {
            List<String> all = new ArrayList<>();
            for (Scope.Kind k : Scope.Kind.values()) all.addAll(ctx.names(k));
            return all.iterator();
        }
    }
}
