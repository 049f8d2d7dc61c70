package io.ecstriage.finding;

/** The logical resource of a CloudFormation stack behind a physical resource a fix touches. */
public record TemplateResource(String stackName, String logicalId, String resourceType, String physicalId) {

    /** What to do instead of a CLI change, in one sentence. */
    public String advice() {
        return "change " + logicalId + " (" + resourceType + ") in stack " + stackName
                + " and update the stack; a CLI change to " + physicalId + " would drift";
    }
}
