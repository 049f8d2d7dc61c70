package io.ecstriage.report;

/** The headline of a report without a confirmed cause: hypotheses, an unexplained failure, or nothing failing. */
final class Headlines {
    private Headlines() {}

    static String noCause(Report r) {
        if (!r.hypotheses().isEmpty()) {
            int n = r.hypotheses().size();
            return "no cause confirmed, " + n + (n == 1 ? " hypothesis" : " hypotheses") + " to check";
        }
        if (r.unexplainedFailure()) return "unexplained failure";
        return "no known failure pattern matched";
    }
}
