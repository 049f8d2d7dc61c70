package io.ecstriage.fix;

import java.util.List;

/** One step of a fix plan, rendered as one runnable command line. */
public sealed interface Step permits AwsStep, DockerStep, JqStep, CurlStep, TaskDefinitionChange {

    /** The command a person pastes. */
    String render();

    List<Precondition> preconditions();

    /** What the step changes, for the stack that owns the resource; null when it changes no template property. */
    default PropertyChange change() {
        return null;
    }

    /** A short name of the step's kind, for the JSON report: aws, docker, jq, curl, task-definition. */
    String kind();

    /** True when the evidence contradicts one of the step's preconditions: such a step is never printed. */
    default boolean contradicted() {
        return preconditions().stream().anyMatch(p -> Boolean.FALSE.equals(p.holds()));
    }

    /** The steps to print: in order, without those the evidence contradicts, nulls dropped. */
    static List<Step> printable(List<? extends Step> steps) {
        return steps.stream().filter(s -> s != null && !s.contradicted()).map(Step.class::cast).toList();
    }
}
