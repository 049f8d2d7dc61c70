package io.ecstriage.repl;

import java.io.PrintWriter;
import java.util.List;
import org.jline.reader.History;
import io.ecstriage.json.JsonTrees;

/**
 * What the session's commands share: the writers they print through, the session, the live connection (if any)
 * and the line history. One per doctor run; commands get it through their constructor.
 */
public final class ShellContext {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Session session;
    private final LiveCollection live;
    private final JsonTrees json;
    private final boolean colour;
    private final boolean unicode;
    private EvidenceSource source;
    private History history;
    private boolean exitRequested;

    public ShellContext(PrintWriter out, PrintWriter err, Session session, LiveCollection live, JsonTrees json,
                        boolean colour, boolean unicode) {
        this.out = out;
        this.err = err;
        this.session = session;
        this.live = live;
        this.json = json;
        this.colour = colour;
        this.unicode = unicode;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Session session() {
        return session;
    }

    public LiveCollection live() {
        return live;
    }

    public JsonTrees json() {
        return json;
    }

    public boolean colour() {
        return colour;
    }

    /** "→" on a UTF-8 terminal, "->" elsewhere. */
    public String arrow() {
        return unicode ? "→" : "->";
    }

    /** The connected account, or null. */
    public EvidenceSource source() {
        return source;
    }

    public void source(EvidenceSource source) {
        if (this.source != null && this.source != source) this.source.close();
        this.source = source;
    }

    public History history() {
        return history;
    }

    void history(History history) {
        this.history = history;
    }

    public boolean exitRequested() {
        return exitRequested;
    }

    public void requestExit() {
        exitRequested = true;
    }

    /** Names for completion after `use KIND`: the snapshot's, and the account's when connected. */
    public List<String> names(Scope.Kind kind) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(session.names(kind));
        if (source != null) all.addAll(source.names(kind));
        return List.copyOf(all);
    }

    /**
     * True when connected. Otherwise prints one line and returns false: that this build has no live collection
     * (with `hint`, e.g. what to do by hand), or that `connect` comes first.
     */
    public boolean requireSource(String hint) {
        if (!live.available()) {
            out.println(LiveCollection.NOT_AVAILABLE + (hint == null ? "" : "; " + hint));
        } else if (source == null) {
            out.println("not connected: `connect [--profile P] [--region R]` first" + (hint == null ? "" : "; " + hint));
        } else {
            return true;
        }
        out.flush();
        return false;
    }
}
