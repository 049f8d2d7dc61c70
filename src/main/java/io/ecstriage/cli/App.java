package io.ecstriage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.engine.Diagnoser;
import io.ecstriage.engine.RuleEngine;
import java.io.InputStream;
import java.io.PrintWriter;

/** What the commands share: streams, terminal, and the rule base, loaded on first use only. */
public final class App {
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final Terminal terminal;
    private final ObjectMapper mapper = new ObjectMapper();
    private Diagnoser diagnoser;

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

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The same App (and rule base) printing elsewhere: the doctor's commands print to its terminal. */
    public App withWriters(PrintWriter out, PrintWriter err) {
        App other = new App(out, err, in, terminal);
        other.diagnoser = diagnoser();
        return other;
    }

    public Diagnoser diagnoser() {
        if (diagnoser == null) diagnoser = new Diagnoser(new RuleEngine(App.class.getClassLoader()));
        return diagnoser;
    }
}
