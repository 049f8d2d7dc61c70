package io.ecstriage.cli;

import io.ecstriage.aws.AwsOptions;
import io.ecstriage.collect.Target;
import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.json.JsonTrees;
import java.io.InputStream;
import java.io.PrintWriter;

/** What the commands share: streams, terminal, and the rule base, loaded on first use only. */
public final class App {
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final Terminal terminal;
    private final PhaseTimes phases;
    private final JsonTrees json = new JsonTrees();
    private BackgroundTask<Diagnoser> diagnoser;
    private HeadStart headStart;

    public App(PrintWriter out, PrintWriter err, InputStream in, Terminal terminal) {
        this(out, err, in, terminal, PhaseTimes.off());
    }

    public App(PrintWriter out, PrintWriter err, InputStream in, Terminal terminal, PhaseTimes phases) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.terminal = terminal;
        this.phases = phases;
    }

    /** Where the phases of this run are timed (nothing is timed unless ECS_TRIAGE_PHASES=1). */
    public PhaseTimes phases() {
        return phases;
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

    /** Keeps the head start (or null) that {@link Main} began for this command line. */
    synchronized void headStart(HeadStart begun) {
        headStart = begun;
    }

    /** The head start's session and collection if it read exactly these options (see {@link HeadStart#takeOver}), else null. */
    HeadStart.Taken takeHeadStart(AwsOptions aws, int maxParallel, Target target) {
        HeadStart begun = claimHeadStart();
        return begun == null ? null : begun.takeOver(aws, maxParallel, target);
    }

    /** Stops a head start no command took over. */
    void discardHeadStart() {
        HeadStart begun = claimHeadStart();
        if (begun != null) begun.discard();
    }

    /** The head start, once: a second command on this App gets none. */
    private synchronized HeadStart claimHeadStart() {
        HeadStart begun = headStart;
        headStart = null;
        return begun;
    }

    /** The same App (and rule base) printing elsewhere: the doctor's commands print to its terminal. */
    public App withWriters(PrintWriter out, PrintWriter err) {
        App other = new App(out, err, in, terminal, phases);
        other.diagnoser = loading(false);
        return other;
    }

    /**
     * Starts building the rule base on another thread. Building it is a third of a cold run and needs
     * nothing from the command line, so it overlaps parsing the arguments, reading the input or
     * collecting from AWS; {@link #diagnoser()} then waits for it.
     */
    public synchronized void preloadRuleBase() {
        preloadRuleBase(1);
    }

    /** As {@link #preloadRuleBase()}, the rule base in `parts` parts: a large input's rules fire on every core. */
    public synchronized void preloadRuleBase(int parts) {
        if (diagnoser == null) ruleBaseParts = parts;
        preload(false);
    }

    private int ruleBaseParts = 1;

    /**
     * As {@link #preloadRuleBase}, for a live run, whose collection leaves time until the last answer but not CPU: the
     * rule base is built on that one thread (no helper), then fired on no facts ({@link RuleEngine#warmUp}), so that
     * the real firing after the last answer is shorter.
     */
    public synchronized void preloadRuleBaseAndWarmUp() {
        preload(true);
    }

    private boolean preloading;

    private void preload(boolean live) {
        if (preloading) return;
        preloading = true;
        loading(live).startOn("rule-base-loader");
    }

    /** The rule base: built here unless it is built or being built. */
    public Diagnoser diagnoser() {
        long start = phases.start();
        Diagnoser d = loading(false).join();
        phases.end("wait-for-rule-base", start);
        return d;
    }

    /** The rule base's build, made on first use; `live` counts only for that first use. */
    private synchronized BackgroundTask<Diagnoser> loading(boolean live) {
        if (diagnoser == null) {
            diagnoser = new BackgroundTask<>(() -> {
                RuleEngine engine = new RuleEngine(App.class.getClassLoader(), phases, !live, ruleBaseParts);
                if (live) engine.warmUp();
                return new Diagnoser(engine, phases);
            });
        }
        return diagnoser;
    }
}
