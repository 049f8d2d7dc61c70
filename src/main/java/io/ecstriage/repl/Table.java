package io.ecstriage.repl;

import io.ecstriage.report.ControlChars;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: left-aligned columns two spaces apart, long cells cut with "…", no escape codes. */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxCell;

    public Table(int maxCell, String... header) {
        this.header = List.of(header);
        this.maxCell = maxCell;
    }

    public Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            String s = c == null ? "-" : ControlChars.escape(String.valueOf(c).replaceAll("\\s+", " ").strip());
            if (s.isEmpty()) s = "-";
            r.add(s.length() > maxCell ? s.substring(0, maxCell - 1) + "…" : s);
        }
        rows.add(r);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
        line(out, header, width);
        for (List<String> r : rows) line(out, r, width);
    }

    private static void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            s.append(cells.get(i));
            if (i < cells.size() - 1) {
                char[] pad = new char[width[i] - cells.get(i).length() + 2];
                Arrays.fill(pad, ' ');
                s.append(pad);
            }
        }
        out.println(s.toString().stripTrailing());
    }
}
