package io.ecstriage.finding.differential;

import static io.ecstriage.finding.differential.SymptomFamilies.CALLER;
import static io.ecstriage.finding.differential.SymptomFamilies.CLUSTER;
import static io.ecstriage.finding.differential.SymptomFamilies.SERVICE;
import static io.ecstriage.finding.differential.SymptomFamilies.STACK;
import static io.ecstriage.finding.differential.SymptomFamilies.TASK_DEFINITION;
import static io.ecstriage.finding.differential.SymptomFamilies.c;
import static io.ecstriage.finding.differential.SymptomFamilies.f;

import io.ecstriage.finding.differential.SymptomFamilies.Family;
import java.util.List;

/**
 * The symptom families of a request AWS refused outright (ECS's ClientException, InvalidParameterException and
 * *NotFoundException, CloudFormation's ValidationError, refused credentials): the text names the field or the reason; the
 * candidates say how it came to be wrong and which read shows the value that was sent or exists. A tie with a family of
 * {@link SymptomFamilies} (a refusal inside a stack's failure) ranks by cause id. {@link SymptomFamilies#all()} lists them
 * after its own.
 */
final class RequestFamilies {
    private RequestFamilies() {}

    /** A resource "not found" because the calls went to another account than the user meant. */
    private static Candidate anotherAccount(double prior) {
        return c("CredentialsOfAnotherAccount", prior, "the credentials are another account's (AWS_PROFILE, a CI role, an expired SSO"
                + " session replaced by default ones) (no rule yet)", CALLER, "the account the calls go to");
    }

    static final List<Family> ALL = List.of(
        f("cluster-not-found", "the cluster the command names does not exist where it looked", "clusternotfoundexception|cluster not found",
            c("ClusterInAnotherRegion", 0.6, "the command ran in another Region than the cluster's (the profile's or the CLI's default"
                    + " Region), or with a misspelt name (no rule yet)", (cc, i) -> cc.listClusters(i.region()),
                    "the clusters of that Region, under their exact names"),
            anotherAccount(0.4)),
        // the credentials, not the resources: every call fails the same way, whatever it reads
        f("credentials-expired", "AWS refused the credentials as expired", "expiredtoken|security token included in the request is expired"
                + "|token has expired and refresh failed|sso session .{0,80}expired",
            c("CredentialsExpired", 1.0, "temporary credentials past their end (an SSO or assume-role session, an MFA token): aws sso"
                    + " login or a new session (no rule yet)", CALLER, "ExpiredToken again, or the account and"
                    + " role once the session is renewed")),
        f("credentials-invalid", "AWS did not recognise the credentials", "unrecognizedclientexception|invalidclienttokenid"
                + "|security token included in the request is invalid|unable to locate credentials|signaturedoesnotmatch",
            c("CredentialsInvalid", 0.65, "access keys deleted, deactivated or mistyped, a session token missing beside temporary keys, or"
                    + " no credentials where the command ran (no rule yet)", CALLER,
                    "InvalidClientTokenId, or the principal the keys belong to"),
            c("RegionNotEnabled", 0.35, "an opt-in Region (af-south-1, ap-east-1, me-south-1 and later ones) the account has not"
                    + " enabled answers every call with 'security token … invalid' (no rule yet)", CALLER,
                    "whether the same credentials work against the global endpoint")),
        f("service-not-active", "the service the command names is not active in that cluster",
                "servicenotfoundexception|servicenotactiveexception|service not found|service was not active",
            c("ServiceDeletedOrElsewhere", 1.0, "a service deleted (INACTIVE for an hour, then gone), being deleted, or in another"
                    + " cluster than the one named (no rule yet)", SERVICE, "the service's status (INACTIVE, DRAINING) or MISSING")),
        // CreateService's "Unable to Start a service that is still Draining.": a service of that name was deleted moments ago
        // (a stack replacing it, a script's down-then-up) and ECS has not finished draining it
        f("service-draining", "a service of the same name is still draining", "unable to start a service that is still draining",
            c("ServiceNameStillDraining", 1.0, "the service of that name deleted moments before is DRAINING until its tasks stop, then"
                    + " INACTIVE; a create under its name waits for that, or takes another name (no rule yet)", SERVICE,
                    "the old service's status (DRAINING) and its remaining running tasks")),
        // RegisterTaskDefinition's "Fargate only supports network mode 'awsvpc'.": bridge is the default when the task
        // definition names none
        f("fargate-network-mode", "a Fargate task definition without the awsvpc network mode", "fargate only supports network mode 'awsvpc'",
            c("FargateNetworkModeNotAwsvpc", 1.0, "requiresCompatibilities FARGATE with networkMode bridge, host or none, or with no"
                    + " networkMode at all (bridge by default) (no rule yet)", TASK_DEFINITION,
                    "the last registered revision's networkMode and requiresCompatibilities")),
        f("network-configuration-missing", "the awsvpc task was started without a network configuration",
                "network configuration must be provided when networkmode 'awsvpc'",
            c("NetworkConfigurationMissing", 1.0, "run-task or create-service of an awsvpc task definition (every Fargate one) without"
                    + " --network-configuration subnets and security groups (no rule yet)", TASK_DEFINITION,
                    "networkMode awsvpc, which needs awsvpcConfiguration={subnets=[…],securityGroups=[…]} on the call")),
        f("subnets-empty", "the network configuration names no subnet", "subnets? can ?not be empty|subnets? must not be empty",
            c("SubnetsParameterEmpty", 1.0, "the subnets list arrived empty: a template parameter, variable or CI secret that resolved"
                    + " to nothing (no rule yet)", SERVICE, "the subnets the service has now (describe-subnets then shows whether they exist)")),
        f("task-definition-invalid", "ECS refused the task definition", "container\\.image should not be null or empty"
                + "|at least one of 'memory' or 'memoryreservation' must be specified",
            c("TaskDefinitionFieldMissing", 1.0, "a container definition without its image (an image URI built from an unset variable)"
                    + " or, for the EC2 launch type, without memory or memoryReservation when the task sets no memory (no rule yet)",
                    TASK_DEFINITION, "the last registered revision's containers, to hold against what the new one sent")),
        // CreateService's "Creation of service was not idempotent.": a service of that name exists with other settings
        // CloudFormation's handler says it as "Resource of type 'AWS::ECS::Service' with identifier 'NAME' already exists."
        f("service-exists", "a service of that name already exists with other settings", "creation of service was not idempotent"
                + "|resource of type 'aws::ecs::service' with identifier '[^']*' already exists",
            c("ServiceAlreadyExists", 1.0, "a leftover of a failed or deleted stack (DeletionPolicy: Retain), another stack's service or"
                    + " another tool's deploy (Terraform without the service in its state, a script's second run) holds the name (no rule yet)", SERVICE,
                    "the existing service of that name and its settings")),
        // UpdateService on a blue/green service: "Unable to update task definition (or: Cannot force a new deployment) on services
        // with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment."
        f("codedeploy-controller", "the service deploys through CodeDeploy, not update-service", "with a code_deploy deployment controller",
            c("DeploymentControllerCodeDeploy", 1.0, "deploymentController CODE_DEPLOY (blue/green): a new task definition goes out as a"
                    + " CodeDeploy deployment with an AppSpec; a template must leave the service's TaskDefinition alone (no rule yet)",
                    SERVICE, "deploymentController.type and the task definition CodeDeploy last deployed")),
        // "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster."
        f("capacity-provider-not-associated", "the capacity provider strategy names a provider the cluster does not have",
                "capacity provider that is not associated with the cluster|capacity provider is not associated with the cluster",
            c("CapacityProviderNotAssociated", 1.0, "FARGATE, FARGATE_SPOT or an Auto Scaling group provider exists account-wide but is"
                    + " attached per cluster (put-cluster-capacity-providers), and a stack may attach it after the service (no rule yet)",
                    CLUSTER, "the cluster's capacityProviders and defaultCapacityProviderStrategy")),
        // RunTask/CreateService: "Task definition does not support launch_type FARGATE."
        f("launch-type-unsupported", "the task definition was not registered for the launch type asked for", "does not support launch_type",
            c("TaskDefinitionNotFargateCompatible", 1.0, "requiresCompatibilities lacks the launch type (a task definition registered for"
                    + " EC2 only, or without FARGATE and its task-level cpu and memory) (no rule yet)", TASK_DEFINITION,
                    "requiresCompatibilities, networkMode and the task-level cpu and memory")),
        // ECS refusing a task definition revision
        f("task-definition-inactive", "the task definition revision was deregistered", "taskdefinition is inactive",
            c("TaskDefinitionRevisionInactive", 1.0, "the revision was deregistered (a cleanup job, a stack that replaced it) and a"
                    + " service or run-task still names it (no rule yet)", TASK_DEFINITION, "the revision's status (INACTIVE)")),
        f("task-definition-concurrent", "several registrations of one family at once", "too many concurrent attempts to create a new revision",
            c("ConcurrentTaskDefinitionRegistrations", 1.0, "pipelines or matrix jobs register the same family at the same moment;"
                    + " one at a time, or a retry with backoff, succeeds (no rule yet)", TASK_DEFINITION, "the family's revisions and"
                    + " when each was registered")),
        // CloudFormation's ValidationError: the stack, not its resources
        f("stack-not-found", "the stack the command names does not exist where it looked", "stack with id .{1,128} does not exist",
            c("StackInAnotherRegion", 0.7, "the command ran in another Region than the stack's, or with a misspelt name (no rule yet)",
                    (cc, i) -> cc.listStacks(i.region()), "the stacks of that Region, deleted ones included"),
            anotherAccount(0.3)),
        f("stack-exists", "create-stack of a stack that exists", "stack \\[[^\\]]{1,128}\\] already exists",
            c("StackCreatedTwice", 1.0, "create-stack where update-stack (or aws cloudformation deploy, which does either) was meant, or"
                    + " a stack left by an earlier failed run (no rule yet)", STACK, "the existing stack's status and events")),
        f("stack-update-rollback-failed", "the stack is stuck after a failed rollback", "update_rollback_failed state and can not be updated",
            c("StackUpdateRollbackFailed", 1.0, "a resource could not be rolled back (deleted or changed outside the stack); aws"
                    + " cloudformation continue-update-rollback, with --resources-to-skip for it, brings the stack back (no rule yet)",
                    STACK, "the resource whose rollback failed (UPDATE_FAILED during the rollback)")),
        // UpdateStack's "No updates are to be performed.": the command fails (exit 255) though the stack is as asked
        f("stack-no-updates", "the stack update had nothing to change", "no updates are to be performed",
            c("StackUpdateHadNoChanges", 1.0, "the template and parameters equal the stack's: nothing to deploy, and update-stack calls"
                    + " that an error; aws cloudformation deploy --no-fail-on-empty-changeset takes it as success (no rule yet)", STACK,
                    "the stack's status (…_COMPLETE) and its last events"))
    );
}
