package io.ecstriage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PiecesTest {
    @Property(tries = 200)
    void eachPieceHoldsExactlyWhatWasWrittenForIt(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 700_000) Integer> lengths) {
        Pieces out = new Pieces();
        for (int i = 0; i < lengths.size(); i++) {
            String text = text(i, lengths.get(i));
            // written as a generator writes: in runs of characters, a string and single characters
            int third = text.length() / 3;
            out.write(text.toCharArray(), 0, third);
            out.write(text, third, third);
            for (int k = 2 * third; k < text.length(); k++) out.write(text.charAt(k));
            out.endPiece();
        }
        assertEquals(lengths.size(), out.pieces().size());
        for (int i = 0; i < lengths.size(); i++) {
            Pieces.Piece p = out.pieces().get(i);
            assertEquals(text(i, lengths.get(i)), new String(p.chars(), p.offset(), p.length()), "piece " + i);
        }
    }

    @Test
    void aPieceLargerThanABlockStaysWhole() {
        Pieces out = new Pieces();
        out.write("head");
        out.endPiece();
        String big = text(7, 3_000_000);
        out.write(big);
        out.endPiece();
        Pieces.Piece p = out.pieces().get(1);
        assertEquals(big, new String(p.chars(), p.offset(), p.length()));
        assertEquals("head", new String(out.pieces().get(0).chars(), 0, 4));
    }

    private static String text(int seed, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int k = 0; k < length; k++) b.append((char) ('a' + (seed * 7 + k) % 26));
        return b.toString();
    }
}
