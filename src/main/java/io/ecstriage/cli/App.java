package io.ecstriage.cli;

import io.ecstriage.engine.Diagnoser;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.json.JsonTrees;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** What the commands share: streams, terminal, and the rule base, loaded on first use only. */
public final class App {
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final Terminal terminal;
    private final JsonTrees json = new JsonTrees();
    private FutureTask<Diagnoser> diagnoser;

    public App(PrintWriter out, PrintWriter err, InputStream in, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.terminal = terminal;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public InputStream in() {
        return in;
    }

    public Terminal terminal() {
        return terminal;
    }

    /** JSON in and out: inputs, fixtures, the JSON report. */
    public JsonTrees json() {
        return json;
    }

    /** The same App (and rule base) printing elsewhere: the doctor's commands print to its terminal. */
    public App withWriters(PrintWriter out, PrintWriter err) {
        App other = new App(out, err, in, terminal);
        other.diagnoser = loading();
        return other;
    }

    /**
     * Starts building the rule base on another thread. Building it is a third of a cold run and needs
     * nothing from the command line, so it overlaps parsing the arguments, reading the input or
     * collecting from AWS; {@link #diagnoser()} then waits for it.
     */
    public void preloadRuleBase() {
        Thread loader = new Thread(loading(), "rule-base-loader");
        loader.setDaemon(true);
        loader.start();
    }

    public Diagnoser diagnoser() {
        FutureTask<Diagnoser> task = loading();
        task.run(); // builds it here unless it is built or being built: then this does nothing
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rule base", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized FutureTask<Diagnoser> loading() {
        if (diagnoser == null) diagnoser = new FutureTask<>(() -> new Diagnoser(new RuleEngine(App.class.getClassLoader())));
        return diagnoser;
    }
}
