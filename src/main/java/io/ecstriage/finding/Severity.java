package io.ecstriage.finding;

/** How bad a cause is when it is real; LOW is advisory hygiene and never outranks a failure. */
public enum Severity {
    HIGH(1.0), MEDIUM(0.7), LOW(0.4);

    private final double weight;

    Severity(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
