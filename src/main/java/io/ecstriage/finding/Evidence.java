package io.ecstriage.finding;

import java.util.Objects;

/** One evidence line: where it comes from and the fact it quotes. */
public record Evidence(String source, String text) {
    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence o && Objects.equals(source, o.source) && Objects.equals(text, o.text);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(source) + Objects.hashCode(text);
    }
}
