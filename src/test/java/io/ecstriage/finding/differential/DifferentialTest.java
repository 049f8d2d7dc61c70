package io.ecstriage.finding.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.report.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DifferentialTest {
    private static final String TARGET_LINE = "(service web) (port 8000) is unhealthy in (target-group arn:aws:elasticloadbalancing:eu-west-1:"
            + "123456789012:targetgroup/web-tg/0123456789abcdef) due to (reason Request timed out).";

    @Test
    void aRefusedReadLeavesTheHypothesisOpenAndNamesItsIamAction() {
        String fixture = """
                {"ecsTriageFixture": 1, "region": "eu-west-1", "captures": [
                  {"command": "aws ecs describe-services --cluster prod --services web", "region": "eu-west-1",
                   "error": {"code": "AccessDeniedException", "message": "not authorized to perform: ecs:DescribeServices",
                             "iamAction": "ecs:DescribeServices"}},
                  {"text": "%s"}]}
                """.formatted(TARGET_LINE);
        Report r = TestDiagnosis.diagnose("live", fixture);
        assertTrue(r.problemsFound());
        Hypothesis top = r.hypotheses().get(0);
        assertEquals("HealthCheckBlockedBySecurityGroup", top.causeId());
        assertEquals("ecs:DescribeServices", top.check().iamAction());
        assertTrue(top.check().why().contains("not collected, AccessDeniedException"), top.check().why());
    }

    @Test
    void weightsSumToOneAndAConfirmedCauseIsNoHypothesis() {
        Report r = TestDiagnosis.diagnose("pasted", TARGET_LINE);
        assertEquals(1.0, r.hypotheses().stream().mapToDouble(Hypothesis::weight).sum(), 0.01);
        assertTrue(r.hypotheses().stream().allMatch(h -> h.check().call().isRead()), "every check is a read");
        Report confirmed = TestDiagnosis.diagnose("pasted", "ResourceInitializationError: failed to validate logger args: "
                + "The task cannot find the Amazon CloudWatch log group defined in the task definition. There is a client-side issue. "
                + "ResourceNotFoundException: The specified log group does not exist.");
        assertFalse(confirmed.findings().isEmpty());
        assertTrue(confirmed.hypotheses().stream().noneMatch(h -> h.causeId().equals(confirmed.findings().get(0).ruleId())));
    }
    @Test
    void aRoleEcsCannotAssumeIsCheckedByItsTrustPolicyFirst() {
        Report r = TestDiagnosis.diagnose("pasted", "service web failed to launch a task with (error ECS was unable to assume the role "
                + "'arn:aws:iam::123456789012:role/path/web-task-role' that was provided for this task. Please verify that the role being passed "
                + "has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.).");
        assertTrue(r.problemsFound());
        Hypothesis top = r.hypotheses().get(0);
        assertEquals("RoleTrustPolicyWrong", top.causeId());
        assertEquals("aws iam get-role --role-name web-task-role", top.check().command());
        assertTrue(top.check().call().isRead());
    }

    @Test
    void aContainerInspectionThatTimedOutIsTheHostsDockerDaemonNotTheNetworkOrTheImage() {
        // amazon-ecs-agent (dockerclient): an inspection past its deadline is DockerTimeoutError{timeout, "inspecting"}
        Report r = TestDiagnosis.diagnose("pasted", "CannotInspectContainerError: Could not transition to inspecting; timed out after waiting 30s");
        assertTrue(r.problemsFound());
        assertTrue(r.findings().isEmpty(), TestDiagnosis.summary(r));
        assertEquals(List.of("DockerDaemonUnresponsive", "ContainerOutOfMemory"), r.hypotheses().stream().map(Hypothesis::causeId).toList());
        assertEquals("aws ecs list-container-instances --cluster CLUSTER --region REGION", r.hypotheses().get(0).check().command());
        Report pull = TestDiagnosis.diagnose("pasted", "DockerTimeoutError: Could not transition to pulled; timed out after waiting 5m0s");
        assertEquals("ImagePullNetworkUnreachable", pull.findings().get(0).ruleId(), TestDiagnosis.summary(pull));
    }

    @Test
    void aTaskRunTaskDidNotPlaceIsAFailureWhateverItsReason() {
        // RunTask's output when the scheduler placed nothing: no rule reads RESOURCE:ENI, and the run said "no problem found"
        String runTask = """
                {"tasks": [], "failures": [{"arn": "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/0123456789abcdef0123456789abcdef",
                  "reason": "RESOURCE:ENI"}]}""";
        Report eni = TestDiagnosis.diagnose("pasted", runTask);
        assertTrue(eni.problemsFound(), TestDiagnosis.summary(eni));
        assertEquals(List.of("InstanceEniLimitReached", "InsufficientInstanceCapacity"), eni.hypotheses().stream().map(Hypothesis::causeId).toList());
        // a reason a rule reads is that rule's, and the failure is what it explains, not an unexplained symptom beside it
        Report agent = TestDiagnosis.diagnose("pasted", runTask.replace("RESOURCE:ENI", "AGENT"));
        assertEquals("ContainerInstanceAgentDisconnected", agent.findings().get(0).ruleId(), TestDiagnosis.summary(agent));
        assertTrue(agent.unexplainedFailures().isEmpty(), TestDiagnosis.summary(agent));
        Report attribute = TestDiagnosis.diagnose("pasted", runTask.replace("RESOURCE:ENI", "ATTRIBUTE"));
        assertEquals("ContainerInstanceMissingAttribute", attribute.hypotheses().get(0).causeId(), TestDiagnosis.summary(attribute));
        Report missing = TestDiagnosis.diagnose("pasted", runTask.replace("RESOURCE:ENI", "MISSING"));
        assertFalse(missing.problemsFound(), "MISSING is describe-tasks' answer for a task it does not know, not a placement");
    }

    @Test
    void ecsRefusingARequestGetsTheCausesOfTheFieldItNamesAndTheReadThatShowsIt() {
        // each of these ended as an "unexplained failure" with no hypothesis and no check
        Map<String, String> firstCause = new LinkedHashMap<>();
        firstCause.put("An error occurred (ClusterNotFoundException) when calling the DescribeServices operation: Cluster not found.",
                "ClusterInAnotherRegion aws ecs list-clusters --region REGION");
        firstCause.put("An error occurred (ServiceNotActiveException) when calling the UpdateService operation: Service was not ACTIVE.",
                "ServiceDeletedOrElsewhere aws ecs describe-services --cluster CLUSTER --services SERVICE --region REGION");
        firstCause.put("An error occurred (InvalidParameterException) when calling the RunTask operation: Network Configuration must be"
                + " provided when networkMode 'awsvpc' is specified.", "NetworkConfigurationMissing aws ecs describe-task-definition"
                + " --task-definition FAMILY:REVISION --region REGION");
        firstCause.put("An error occurred (InvalidParameterException) when calling the CreateService operation: subnet can not be empty.",
                "SubnetsParameterEmpty aws ecs describe-services --cluster CLUSTER --services SERVICE --region REGION");
        firstCause.put("An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Container.image should not"
                + " be null or empty.", "TaskDefinitionFieldMissing aws ecs describe-task-definition --task-definition FAMILY:REVISION"
                + " --region REGION");
        firstCause.put("(service web) failed to launch a task with (error Invalid setting for container 'app'. At least one of 'memory' or"
                + " 'memoryReservation' must be specified.).", "TaskDefinitionFieldMissing aws ecs describe-services --cluster CLUSTER"
                + " --services web --region REGION");
        firstCause.put("An error occurred (InvalidParameterException) when calling the CreateService operation: Unable to Start a service"
                + " that is still Draining.", "ServiceNameStillDraining aws ecs describe-services --cluster CLUSTER --services SERVICE"
                + " --region REGION");
        firstCause.put("An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate only supports network"
                + " mode 'awsvpc'.", "FargateNetworkModeNotAwsvpc aws ecs describe-task-definition --task-definition FAMILY:REVISION"
                + " --region REGION");
        firstCause.put("(service web) failed to launch a task with (error ECS was unable to assume the role"
                + " 'arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS').",
                "EcsServiceLinkedRoleMissing aws iam get-role --role-name AWSServiceRoleForECS");
        firstCause.put("(service web) failed to launch a task with (error The platform version must be LATEST or 1.4.0 or later for EFS"
                + " volumes.).", "FargatePlatformVersionTooOld aws ecs describe-services --cluster CLUSTER --services web --region REGION");
        firstCause.put("An error occurred (InvalidParameterException) when calling the CreateService operation: Creation of service was not"
                + " idempotent.", "ServiceAlreadyExists aws ecs describe-services --cluster CLUSTER --services SERVICE --region REGION");
        firstCause.put("An error occurred (InvalidParameterException) when calling the UpdateService operation: Unable to update task"
                + " definition on services with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment.",
                "DeploymentControllerCodeDeploy aws ecs describe-services --cluster CLUSTER --services SERVICE --region REGION");
        firstCause.put("An error occurred (InvalidParameterException) when calling the CreateService operation: The specified capacity provider"
                + " strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with"
                + " the cluster or specify a valid capacity provider and try again.",
                "CapacityProviderNotAssociated aws ecs describe-clusters --clusters CLUSTER --region REGION");
        firstCause.put("An error occurred (InvalidParameterException) when calling the RunTask operation: Task definition does not support"
                + " launch_type FARGATE.", "TaskDefinitionNotFargateCompatible aws ecs describe-task-definition --task-definition"
                + " FAMILY:REVISION --region REGION");
        firstCause.put("An error occurred (InvalidParameterException) when calling the UpdateService operation: TaskDefinition is inactive",
                "TaskDefinitionRevisionInactive aws ecs describe-task-definition --task-definition FAMILY:REVISION --region REGION");
        firstCause.put("An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Too many concurrent attempts"
                + " to create a new revision of the specified family.", "ConcurrentTaskDefinitionRegistrations aws ecs"
                + " describe-task-definition --task-definition FAMILY:REVISION --region REGION");
        firstCause.put("An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id web-stack does not exist",
                "StackInAnotherRegion aws cloudformation list-stacks --region REGION");
        firstCause.put("An error occurred (ValidationError) when calling the CreateStack operation: Stack [web-stack] already exists",
                "StackCreatedTwice aws cloudformation describe-stack-events --stack-name STACK --region REGION");
        firstCause.put("An error occurred (ValidationError) when calling the UpdateStack operation: No updates are to be performed.",
                "StackUpdateHadNoChanges aws cloudformation describe-stack-events --stack-name STACK --region REGION");
        firstCause.forEach((text, expected) -> {
            Report r = TestDiagnosis.diagnose("pasted", text);
            assertTrue(r.problemsFound(), text);
            assertTrue(r.findings().isEmpty(), TestDiagnosis.summary(r));
            Hypothesis top = r.hypotheses().get(0);
            assertEquals(expected, top.causeId() + " " + top.check().command(), text);
            assertTrue(r.hypotheses().stream().allMatch(h -> h.check().call().isRead()), text);
        });
        // a rollback that failed is also a failed stack: both causes, one read (the resource whose rollback failed) settles them
        Report stuck = TestDiagnosis.diagnose("pasted", "An error occurred (ValidationError) when calling the UpdateStack operation:"
                + " Stack:arn:aws:cloudformation:us-east-1:123456789012:stack/web-stack/abc is in UPDATE_ROLLBACK_FAILED state and can not be"
                + " updated.");
        assertEquals(List.of("StackResourceFailed", "StackUpdateRollbackFailed"), stuck.hypotheses().stream().map(Hypothesis::causeId).toList());
        assertTrue(stuck.hypotheses().stream().allMatch(h -> h.check().command().equals(
                "aws cloudformation describe-stack-events --stack-name web-stack --region us-east-1")), TestDiagnosis.summary(stuck));
        assertEquals(List.of("ClusterInAnotherRegion", "CredentialsOfAnotherAccount"), TestDiagnosis.diagnose("pasted",
                "An error occurred (ClusterNotFoundException) when calling the ListServices operation: Cluster not found.")
                .hypotheses().stream().map(Hypothesis::causeId).toList());
    }

    @Test
    void anEntrypointTheKernelCannotExecuteIsItsInterpreterFirstAndAShellsMissingCommandIsTheImages() {
        // runc 1.1's wording in the container's log; before, "no known failure pattern matched", exit 0
        Report enoent = TestDiagnosis.diagnose("pasted", "exec /app/entrypoint.sh: no such file or directory");
        assertTrue(enoent.problemsFound());
        assertEquals(List.of("EntrypointInterpreterMissing", "ContainerCommandNotFound", "ImagePlatformMismatch"),
                enoent.hypotheses().stream().map(Hypothesis::causeId).toList());
        assertEquals("EntrypointInterpreterMissing", TestDiagnosis.diagnose("pasted",
                "standard_init_linux.go:228: exec user process caused: no such file or directory").hypotheses().get(0).causeId());
        for (String shell : List.of("sh: 1: gunicorn: not found", "/bin/sh: 1: exec: gunicorn: not found", "/bin/bash: line 1: gunicorn: command not found")) {
            Report r = TestDiagnosis.diagnose("pasted", shell);
            assertEquals(List.of("ContainerCommandNotFound", "ContainerHealthCheckFailing"), r.hypotheses().stream().map(Hypothesis::causeId).toList(), shell);
        }
        // a path runc stat'ed and did not find is the image's missing file: the rule confirms it, no hypothesis
        Report stat = TestDiagnosis.diagnose("pasted", "CannotStartContainerError: Error response from daemon: OCI runtime create failed:"
                + " container_linux.go:349: starting container process caused \"exec: \\\"/app/start.sh\\\": stat /app/start.sh: no such file or"
                + " directory\": unknown");
        assertEquals("ContainerCommandNotFound", stat.findings().get(0).ruleId(), TestDiagnosis.summary(stat));
    }

    @Test
    void refusedCredentialsAndAGatewayTimeoutGetTheirOwnCauses() {
        Map<String, List<String>> causes = new LinkedHashMap<>();
        causes.put("An error occurred (ExpiredTokenException) when calling the DescribeServices operation: The security token included in"
                + " the request is expired", List.of("CredentialsExpired"));
        causes.put("An error occurred (UnrecognizedClientException) when calling the ListClusters operation: The security token included"
                + " in the request is invalid.", List.of("CredentialsInvalid", "RegionNotEnabled"));
        causes.put("504 Gateway Time-out", List.of("HealthCheckBlockedBySecurityGroup", "TargetResponseTooSlow", "TargetPortMismatch"));
        causes.put("Killed", List.of("ContainerOutOfMemory", "StopTimeoutTooShort"));
        // CloudFormation's handler wordings of two refusals: a name another service holds, a platform without the capability
        causes.put("Resource handler returned message: \"Resource of type 'AWS::ECS::Service' with identifier 'web' already exists.\""
                + " (RequestToken: abc, HandlerErrorCode: AlreadyExists)", List.of("ServiceAlreadyExists", "StackResourceFailed"));
        causes.put("Resource handler returned message: \"Invalid request provided: CreateService error: The specified platform does not"
                + " satisfy the task definition's required capabilities.\" (RequestToken: abc, HandlerErrorCode: InvalidRequest)",
                List.of("FargatePlatformVersionTooOld", "StackResourceFailed"));
        causes.put("ModuleNotFoundError: No module named 'flask'", List.of("EssentialContainerExited"));
        causes.forEach((text, expected) -> {
            Report r = TestDiagnosis.diagnose("pasted", text);
            assertTrue(r.problemsFound(), text);
            assertEquals(expected, r.hypotheses().stream().map(Hypothesis::causeId).toList(), text);
        });
        assertEquals("aws ecs describe-services --cluster CLUSTER --services web --region REGION", TestDiagnosis.diagnose("pasted",
                "Resource of type 'AWS::ECS::Service' with identifier 'web' already exists.").hypotheses().get(0).check().command());
        assertEquals("aws sts get-caller-identity", TestDiagnosis.diagnose("pasted", "Unable to locate credentials. You can configure"
                + " credentials by running \"aws configure\".").hypotheses().get(0).check().command());
    }

    /** IAM's denial names the principal and the kind of policy that decided it; the check reads that one (IAM User Guide, "Access denied error messages"). */
    @Test
    void anIamDenialIsCheckedWhereThePolicyThatDecidedItLives() {
        String user = "An error occurred (AccessDeniedException) when calling the DescribeServices operation: User:"
                + " arn:aws:iam::123456789012:user/dev is not authorized to perform: ecs:DescribeServices on resource:"
                + " arn:aws:ecs:us-east-1:123456789012:service/prod/web ";
        String role = "An error occurred (AccessDeniedException) when calling the CreateService operation: User:"
                + " arn:aws:sts::123456789012:assumed-role/DeployRole/ci is not authorized to perform: ecs:CreateService on resource:"
                + " arn:aws:ecs:us-east-1:123456789012:service/prod/web ";
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put(user + "because no identity-based policy allows the ecs:DescribeServices action",
                List.of("MissingIamPermission", "aws iam list-attached-user-policies --user-name dev"));
        cases.put(role + "with an explicit deny in a service control policy", List.of("ServiceControlPolicyDenies",
                "aws organizations list-policies-for-target --target-id 123456789012 --filter SERVICE_CONTROL_POLICY"));
        cases.put(role + "with an explicit deny in a resource control policy", List.of("ResourceControlPolicyDenies",
                "aws organizations list-policies-for-target --target-id 123456789012 --filter RESOURCE_CONTROL_POLICY"));
        cases.put(user + "with an explicit deny in a permissions boundary", List.of("PermissionsBoundaryDenies", "aws iam get-user --user-name dev"));
        cases.put(role + "because no permissions boundary allows the ecs:CreateService action",
                List.of("PermissionsBoundaryDenies", "aws iam get-role --role-name DeployRole"));
        cases.put(role + "because no session policy allows the ecs:CreateService action", List.of("SessionPolicyDenies", "aws sts get-caller-identity"));
        cases.put(role + "with an explicit deny in an identity-based policy",
                List.of("IdentityPolicyDenies", "aws iam list-attached-role-policies --role-name DeployRole"));
        cases.put(role + "because no VPC endpoint policy allows the ecs:CreateService action",
                List.of("VpcEndpointPolicyDenies", "aws ec2 describe-vpc-endpoints"));
        cases.put("User: arn:aws:sts::123456789012:assumed-role/AppTaskRole/9f2 is not authorized to perform: kms:Decrypt on resource:"
                + " arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the"
                + " kms:Decrypt action", List.of("ResourcePolicyDenies", "aws kms get-key-policy --key-id"
                + " arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab --policy-name default --region us-east-1"));
        // a role's own missing allow: as before, the role's policies first, a task's missing role second
        cases.put(role + "because no identity-based policy allows the ecs:CreateService action",
                List.of("MissingIamPermission", "aws iam list-attached-role-policies --role-name DeployRole", "ExecutionRoleMissing"));
        cases.forEach((text, expected) -> {
            Report r = TestDiagnosis.diagnose("pasted", text);
            assertTrue(r.problemsFound(), text);
            List<String> ids = r.hypotheses().stream().map(Hypothesis::causeId).toList();
            assertEquals(expected.get(0), ids.get(0), text);
            assertTrue(r.hypotheses().get(0).check().command().startsWith(expected.get(1)), r.hypotheses().get(0).check().command());
            // only a role's own denial may be a task's missing execution role; a user's or another policy's never is
            assertEquals(expected.size() > 2, ids.contains("ExecutionRoleMissing"), text + ": " + ids);
        });
    }

    @Test
    void anEfsMountFailureIsNetworkFirstAndAMissingPathSecond() {
        Report r = TestDiagnosis.diagnose("pasted", "ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: "
                + "stderr: mount.nfs4: Connection reset by peer : unsuccessful EFS utils command execution; code: 32");
        assertTrue(r.problemsFound());
        assertEquals(List.of("EfsMountBlockedBySecurityGroup", "EfsRootDirectoryMissing", "EfsMountTargetMissing"),
                r.hypotheses().stream().map(Hypothesis::causeId).toList());
    }

    @Test
    void anEntrypointThatMayNotBeExecutedIsACommandCauseNotAStackFailure() {
        Report r = TestDiagnosis.diagnose("pasted", "CannotStartContainerError: Error response from daemon: failed to create shim task: OCI runtime"
                + " create failed: runc create failed: unable to start container process: exec: \"/app/start.sh\": permission denied: unknown");
        assertTrue(r.problemsFound());
        assertEquals("ContainerCommandNotFound", r.hypotheses().get(0).causeId(), TestDiagnosis.summary(r));
        assertTrue(r.hypotheses().stream().noneMatch(h -> h.causeId().equals("StackResourceFailed")), "'failed to create shim task' is no stack event: " + TestDiagnosis.summary(r));
        Report stack = TestDiagnosis.diagnose("pasted", "The following resource(s) failed to create: [ECSService, TaskDefinition]. Rollback requested by user.");
        assertEquals("StackResourceFailed", stack.hypotheses().get(0).causeId(), TestDiagnosis.summary(stack));
    }

    @Test
    void createServiceAndRegisterTaskDefinitionErrorsGetTheirCandidates() {
        Report role = TestDiagnosis.diagnose("pasted", "InvalidParameterException: Unable to assume role and validate the specified targetGroupArn."
                + " Please verify that the ECS service role being passed has the proper permissions.");
        assertEquals("EcsServiceLinkedRoleMissing", role.hypotheses().get(0).causeId(), TestDiagnosis.summary(role));
        assertEquals("aws iam get-role --role-name AWSServiceRoleForECS", role.hypotheses().get(0).check().command());
        Report container = TestDiagnosis.diagnose("pasted", "InvalidParameterException: The container web does not exist in the task definition.");
        assertEquals(List.of("LoadBalancerContainerMissing"), container.hypotheses().stream().map(Hypothesis::causeId).toList());
        Report size = TestDiagnosis.diagnose("pasted", "ClientException: Fargate requires that 'cpu' be defined at the task level.");
        assertTrue(size.problemsFound());
        assertEquals("FargateCpuMemoryInvalid", size.hypotheses().get(0).causeId(), TestDiagnosis.summary(size));
    }

    @Test
    void anUnusedTargetIsAListenerOrZoneQuestionNotAHealthCheckOne() {
        Report r = TestDiagnosis.diagnose("pasted", "Target.NotInUse: Target group is not configured to receive traffic from the load balancer");
        assertEquals(List.of("TargetGroupWithoutLoadBalancer", "TaskZoneNotInLoadBalancer"), r.hypotheses().stream().map(Hypothesis::causeId).toList());
    }

    @Test
    void whatAClientOfTheLoadBalancerSeesIsAFailureWithItsCandidates() {
        Report unavailable = TestDiagnosis.diagnose("pasted", "$ curl -i http://web-alb-1.eu-west-1.elb.amazonaws.com/\nHTTP/1.1 503 Service Temporarily Unavailable");
        assertTrue(unavailable.problemsFound());
        assertTrue(unavailable.hypotheses().stream().anyMatch(h -> h.causeId().equals("HealthCheckBlockedBySecurityGroup")), TestDiagnosis.summary(unavailable));
        Report bad = TestDiagnosis.diagnose("pasted", "HTTP/1.1 502 Bad Gateway");
        assertTrue(bad.problemsFound());
        assertTrue(bad.hypotheses().stream().anyMatch(h -> h.causeId().equals("TargetPortMismatch")), TestDiagnosis.summary(bad));
    }

    @Test
    void environmentFilesThatCannotBeReadGetTheirCandidatesAMissingKeyFirst() {
        Report missing = TestDiagnosis.diagnose("pasted", "ResourceInitializationError: failed to download env files: file download command: non empty"
                + " error stream: service call has been retried 5 time(s): NoSuchKey: The specified key does not exist.");
        assertTrue(missing.problemsFound());
        assertEquals("EnvironmentFileMissing", missing.hypotheses().get(0).causeId(), TestDiagnosis.summary(missing));
        Report denied = TestDiagnosis.diagnose("pasted", "ResourceInitializationError: failed to download env files: file download command: non empty"
                + " error stream: service call has been retried 5 time(s): AccessDenied: Access Denied status code: 403");
        assertEquals("MissingIamPermission", denied.hypotheses().get(0).causeId(), TestDiagnosis.summary(denied));
    }

    @Test
    void anInstanceWithoutARequiredAttributeIsAskedOfTheTaskDefinitionFirst() {
        Report r = TestDiagnosis.diagnose("pasted", "service api was unable to place a task because no container instance met all of its requirements."
                + " The closest matching container-instance 7f3c2b1a is missing an attribute required by your task.");
        assertTrue(r.problemsFound());
        assertEquals("ContainerInstanceMissingAttribute", r.hypotheses().get(0).causeId(), TestDiagnosis.summary(r));
        assertEquals("PlacementConstraints", r.hypotheses().get(1).causeId(), TestDiagnosis.summary(r));
    }

    @Test
    void dockersPortAlreadyAllocatedIsAHostPortInUse() {
        Report r = TestDiagnosis.diagnose("pasted", "Task failed to start: CannotStartContainerError: Error response from daemon: driver failed programming"
                + " external connectivity on endpoint ecs-web-1-web-abc: Bind for 0.0.0.0:80 failed: port is already allocated");
        assertTrue(r.problemsFound());
        assertEquals("HostPortInUse", r.hypotheses().get(0).causeId(), TestDiagnosis.summary(r));
    }

    @Test
    void aNestedStackThatFailedIsCheckedByItsOwnEvents() {
        Report r = TestDiagnosis.diagnose("pasted", "Embedded stack arn:aws:cloudformation:us-east-1:111122223333:stack/app-ServiceStack-1ABC/"
                + "0a1b2c3d-aaaa-bbbb-cccc-1234567890ab was not successfully created: The following resource(s) failed to create: [Service].");
        assertEquals("aws cloudformation describe-stack-events --stack-name app-ServiceStack-1ABC --region us-east-1", r.hypotheses().get(0).check().command());
    }

    @Test
    void aServiceThatCannotConsistentlyStartTasksGetsTheStartFailureCauses() {
        Report r = TestDiagnosis.diagnose("pasted", "service web is unable to consistently start tasks successfully. For more information, see the Troubleshooting section.");
        assertTrue(r.problemsFound());
        assertTrue(r.hypotheses().stream().anyMatch(h -> h.causeId().equals("ImagePullAccessDenied")), TestDiagnosis.summary(r));
        assertTrue(r.hypotheses().stream().anyMatch(h -> h.causeId().equals("EssentialContainerExited")), TestDiagnosis.summary(r));
    }
}
