package io.ecstriage.json;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer that keeps what is written as pieces, each contiguous in one of a few large blocks: a large report's
 * findings are written apart, then put in order. One buffer per finding grew by doubling and was copied once more
 * at the end, 140 MB of copies for an 18 MB report.
 */
public final class Pieces extends Writer {
    /** One piece of text: `length` characters of `chars` from `offset`. */
    public record Piece(char[] chars, int offset, int length) {}

    private static final int BLOCK = 1 << 20;

    private final List<Piece> pieces = new ArrayList<>();
    private char[] block = new char[0];
    private int used;
    private int start;

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        System.arraycopy(chars, offset, block, used, length);
        used += length;
    }

    @Override
    public void write(String s, int offset, int length) {
        room(length);
        s.getChars(offset, offset + length, block, used);
        used += length;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
        room(1);
        block[used++] = (char) c;
    }

    /** Ends the piece being written: what was written since the last end. */
    public void endPiece() {
        pieces.add(new Piece(block, start, used - start));
        start = used;
    }

    /** The pieces ended so far, in order. */
    public List<Piece> pieces() {
        return pieces;
    }

    /** Room for `more` characters; the piece being written moves to a new block if the current one is full. */
    private void room(int more) {
        if (used + more <= block.length) return;
        int piece = used - start;
        char[] next = new char[Math.max(BLOCK, 2 * (piece + more))];
        System.arraycopy(block, start, next, 0, piece);
        block = next;
        start = 0;
        used = piece;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
