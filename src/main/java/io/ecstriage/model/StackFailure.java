package io.ecstriage.model;

import java.util.List;

/**
 * The latest operation of a stack (nested stacks included) that failed: `lead` is its first failed resource event,
 * the cause CloudFormation reports; `consequences` are the failed events that followed from it (the stack-level
 * CREATE_FAILED/ROLLBACK_*, "Embedded stack ... was not successfully created", cancelled resources, a failed
 * rollback); `deleted` are the physical ids of what the rollback deleted (resources in DELETE_COMPLETE, deregistered
 * task definition revisions): absent now because of the failure, never evidence of their own cause.
 */
public record StackFailure(String region, String stackName, StackEvent lead, List<StackEvent> consequences,
                           List<String> deleted, boolean rolledBack, String nestedStackNotRead) implements Regional {

    public StackFailure {
        consequences = List.copyOf(consequences);
        deleted = List.copyOf(deleted);
    }
}
