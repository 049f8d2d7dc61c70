package io.ecstriage.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.model.AmplifyBranch;
import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.EcrImage;
import io.ecstriage.model.EcrImageListing;
import io.ecstriage.model.EcrListing;
import io.ecstriage.model.EcrRepository;
import io.ecstriage.model.EcsContainer;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.EnvVariable;
import io.ecstriage.model.IamAttachedPolicy;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.Listener;
import io.ecstriage.model.LoadBalancer;
import io.ecstriage.model.TaskDefinition;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plans FixCommands builds, one test per defect of issue 12 among them. */
class FixCommandsTest {
    private static final String ACCOUNT = "111122223333";
    private static final String OTHER = ACCOUNT + ".dkr.ecr.ap-northeast-1.amazonaws.com/api:1.4";
    private static final String HOME = ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/api:1.4";
    private final FixCommands fix = new FixCommands();

    private static ContainerDefinition container(String image, Map<String, String> env) {
        return new ContainerDefinition("us-east-1", "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/api:3", "api", 3, "app", image,
                true, List.of(8080), env, Map.of(), null, Map.of(), null);
    }

    private static final EcsTask TASK = new EcsTask("us-east-1", "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task/c/t1", "t1",
            "arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/c", "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/api:3", "service:s",
            "STOPPED", "STOPPED", "TaskFailedToStart", "CannotPullContainerError: 403 Forbidden", null, null, "FARGATE", null, null, null, null, null, List.of());
    private static final EcsContainer PULLED = new EcsContainer("us-east-1", TASK.taskArn(), "t1", "app", OTHER, "STOPPED", null, null, null);

    private static List<String> rendered(List<Step> steps) {
        return Step.printable(steps).stream().map(Step::render).toList();
    }

    // --- EcrImageRegionMismatch: point the task definition at the registry that has the image ---

    @Test
    void anImageAlreadyInTheTasksRegionIsOnlyRepointed() {
        List<Step> plan = fix.imageToTaskRegion(TASK, PULLED, true, true);
        assertEquals(1, plan.size(), rendered(plan).toString());
        TaskDefinitionChange c = assertInstanceOf(TaskDefinitionChange.class, plan.get(0));
        assertTrue(c.render().contains(".image = \"" + HOME + "\""), c.render());
        assertEquals("image api:1.4 exists in us-east-1: yes", c.preconditions().get(0).render());
        assertEquals(new PropertyChange("arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/api:3", "app", "Image", OTHER, HOME), c.change());
        assertFalse(rendered(plan).toString().contains("create-repository"));
        assertFalse(rendered(plan).toString().contains("docker"));
    }

    @Test
    void aRepositoryAbsentFromTheTasksRegionIsCreatedAndFilledBeforeTheRepoint() {
        List<String> plan = rendered(fix.imageToTaskRegion(TASK, PULLED, false, false));
        assertEquals("aws ecr create-repository --repository-name api --region us-east-1", plan.get(0));
        assertEquals("docker pull " + OTHER, plan.get(2));
        assertEquals("docker push " + HOME, plan.get(5));
        assertTrue(plan.get(6).startsWith("aws ecs describe-task-definition --task-definition api:3"), plan.get(6));
    }

    @Test
    void aRepositoryThatExistsIsNeverCreatedAgain() {
        List<String> plan = rendered(fix.imageToTaskRegion(TASK, PULLED, true, false));
        assertFalse(plan.toString().contains("create-repository"), plan.toString());
        assertTrue(plan.toString().contains("docker push " + HOME), plan.toString());
    }

    @Test
    void whatTheListingsSayAboutARepositoryAndATag() {
        List<EcrRepository> repos = List.of(new EcrRepository("us-east-1", ACCOUNT, "api", null));
        List<EcrListing> listed = List.of(new EcrListing("us-east-1", List.of(), false));
        assertEquals(Boolean.TRUE, fix.repositoryIn("us-east-1", "api", repos, listed));
        assertEquals(Boolean.FALSE, fix.repositoryIn("us-east-1", "web", repos, listed));
        assertNull(fix.repositoryIn("eu-west-1", "web", repos, listed));
        List<EcrImage> images = List.of(new EcrImage("us-east-1", "api", List.of("1.4"), "sha256:1"));
        List<EcrImageListing> imageListed = List.of(new EcrImageListing("us-east-1", "api", List.of(), List.of(), false, "aws ecr describe-images"));
        assertEquals(Boolean.TRUE, fix.imageIn("us-east-1", "api", "1.4", images, imageListed));
        assertEquals(Boolean.FALSE, fix.imageIn("us-east-1", "api", "1.5", images, imageListed));
        assertNull(fix.imageIn("us-east-1", "web", "1.5", images, imageListed));
    }

    // --- ImageNotFound: create-repository before the push when the repository is absent ---

    @Test
    void aPushIntoAnAbsentRepositoryCreatesItFirst() {
        List<String> plan = rendered(fix.buildAndPush(ImageRef.parse(HOME), "linux/amd64", false));
        assertEquals(List.of("aws ecr create-repository --repository-name api --region us-east-1",
                "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin " + ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com",
                "docker buildx build --platform linux/amd64 -t " + HOME + " --push ."), plan);
    }

    @Test
    void aPushIntoAnExistingOrUnknownRepositoryCreatesNothing() {
        assertEquals(2, rendered(fix.buildAndPush(ImageRef.parse(HOME), "linux/amd64", true)).size());
        List<Step> unknown = fix.buildAndPush(ImageRef.parse(HOME), "linux/amd64", null);
        assertEquals(2, unknown.size());
        assertEquals("repository api exists in us-east-1: not known", unknown.get(0).preconditions().get(0).render());
        assertEquals("docker buildx build --platform linux/arm64 -t 'ghcr.io/a/b:1' --push .".replace("'", ""),
                fix.buildAndPushElsewhere("ghcr.io/a/b:1", "linux/arm64").render());
    }

    // --- ContainerOutOfMemory: the container's hard limit grows with the task ---

    @Test
    void moreMemoryRaisesTheContainersHardLimitWithTheTask() {
        TaskDefinition td = new TaskDefinition("us-east-1", "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/api:3", "api", 3, "512", "1024",
                "awsvpc", null, null, null, List.of("FARGATE"));
        EcsTask task = new EcsTask("us-east-1", "arn:t", "t", "arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/c", td.arn(), "service:s", "STOPPED",
                "STOPPED", "EssentialContainerExited", null, null, null, "FARGATE", null, null, null, null, null, List.of());
        List<Step> plan = fix.moreMemory(td, task);
        TaskDefinitionChange c = assertInstanceOf(TaskDefinitionChange.class, plan.get(0));
        assertEquals(".cpu = \"512\" | .memory = \"2048\" | .containerDefinitions |= map(if .memory != null then .memory = (.memory * 2048 / 1024 | floor) else . end)",
                c.edit());
        assertEquals("Memory", c.change().property());
        assertTrue(fix.moreMemoryNote(td, task).contains("hard limit"));
        TaskDefinition ec2 = new TaskDefinition("us-east-1", td.arn(), "api", 3, "512", "1024", "bridge", null, null, null, List.of("EC2"));
        EcsTask onEc2 = new EcsTask("us-east-1", "arn:t", "t", null, td.arn(), null, "STOPPED", "STOPPED", null, null, null, null, "EC2",
                null, null, null, null, null, List.of());
        assertEquals(List.of(), fix.moreMemory(ec2, onEc2), "Fargate sizes do not apply on EC2");
    }

    // --- UrlMissingScheme: the scheme the host serves, and none when the app adds it ---

    private static final String ALB = "arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT + ":loadbalancer/app/web/1";
    private static final LoadBalancer LB = new LoadBalancer("us-east-1", ALB, "web", "web-1.us-east-1.elb.amazonaws.com", "internet-facing",
            "application", "active", "vpc-1", List.of(), List.of(), null);

    private static EnvVariable api(String value) {
        return new EnvVariable("us-east-1", EnvVariable.Owner.TASK_DEFINITION, "api:3", "app", "API_URL", value);
    }

    @Test
    void anHttpsOnlyLoadBalancerGetsHttps() {
        EnvVariable v = api("web-1.us-east-1.elb.amazonaws.com");
        FixCommands.SchemeChoice s = fix.scheme(v, List.of(LB), List.of(new Listener("us-east-1", "l", ALB, 443, "HTTPS", List.of())), List.of(v));
        assertEquals("https://web-1.us-east-1.elb.amazonaws.com", s.url());
        String line = fix.urlInTaskDefinition(container(OTHER, Map.of("API_URL", v.value())), v, s).get(0).render();
        assertTrue(line.contains(".value = \"https://web-1.us-east-1.elb.amazonaws.com\""), line);
    }

    @Test
    void httpOnlyWhenTheListenersAreKnownAndNoneIsHttps() {
        EnvVariable v = api("web-1.us-east-1.elb.amazonaws.com/api");
        assertEquals("http://web-1.us-east-1.elb.amazonaws.com/api",
                fix.scheme(v, List.of(LB), List.of(new Listener("us-east-1", "l", ALB, 80, "HTTP", List.of())), List.of(v)).url());
        FixCommands.SchemeChoice unknown = fix.scheme(v, List.of(LB), List.of(), List.of(v));
        assertNull(unknown.url(), "no listener listed: the scheme is not known, so no http:// guess");
        assertEquals(List.of(), fix.urlInTaskDefinition(container(OTHER, Map.of()), v, unknown));
    }

    @Test
    void anAppThatTakesItsSchemeFromAnotherVariableGetsNoScheme() {
        EnvVariable v = api("web-1.us-east-1.elb.amazonaws.com");
        EnvVariable scheme = new EnvVariable("us-east-1", EnvVariable.Owner.TASK_DEFINITION, "api:3", "app", "API_SCHEME", "https");
        FixCommands.SchemeChoice s = fix.scheme(v, List.of(LB), List.of(new Listener("us-east-1", "l", ALB, 80, "HTTP", List.of())), List.of(v, scheme));
        assertEquals("the app takes no scheme from another variable (API_SCHEME=https): no", s.preconditions().get(0).render());
        assertEquals(List.of(), fix.urlInTaskDefinition(container(OTHER, Map.of()), v, s));
        AmplifyBranch b = new AmplifyBranch("us-east-1", "d1", "main", Map.of("API_URL", v.value()));
        assertEquals(List.of(), fix.urlInAmplify(b, v, s));
    }

    @Test
    void anAmplifyBranchKeepsItsOtherVariablesAndIsReleased() {
        EnvVariable v = new EnvVariable("us-east-1", EnvVariable.Owner.AMPLIFY_BRANCH, "d1/main", null, "API_URL", "web-1.us-east-1.elb.amazonaws.com");
        AmplifyBranch b = new AmplifyBranch("us-east-1", "d1", "main", Map.of("API_URL", v.value(), "A", "1"));
        FixCommands.SchemeChoice s = fix.scheme(v, List.of(LB), List.of(new Listener("us-east-1", "l", ALB, 443, "HTTPS", List.of())), List.of(v));
        assertEquals(List.of("aws amplify update-branch --app-id d1 --branch-name main --environment-variables A=1,API_URL=https://web-1.us-east-1.elb.amazonaws.com --region us-east-1",
                "aws amplify start-job --app-id d1 --branch-name main --job-type RELEASE --region us-east-1"), rendered(fix.urlInAmplify(b, v, s)));
        AmplifyBranch app = new AmplifyBranch("us-east-1", "d1", null, Map.of("API_URL", v.value()));
        assertEquals(List.of("aws amplify update-app --app-id d1 --environment-variables API_URL=https://web-1.us-east-1.elb.amazonaws.com --region us-east-1"),
                rendered(fix.urlInAmplify(app, v, s)));
    }

    // --- the rest ---

    @Test
    void aRerunReplacesTheOptionAndKeepsTheRest() {
        AwsStep s = fix.rerunWith("$ aws cloudformation create-stack --stack-name x --capabilities CAPABILITY_IAM --region eu-west-1",
                "--capabilities", List.of("CAPABILITY_NAMED_IAM"));
        assertEquals("aws cloudformation create-stack --stack-name x --capabilities CAPABILITY_NAMED_IAM --region eu-west-1", s.render());
        assertEquals("aws cloudformation create-stack --stack-name x --capabilities CAPABILITY_NAMED_IAM --cpu 512 --region eu-west-1",
                fix.rerunWith(s, "--cpu", List.of("512")).render());
        assertNull(fix.rerunWith("terraform apply", "--x", List.of("1")));
    }

    @Test
    void aNatGatewayPlanPassesItsIdsThroughShellVariables() {
        List<String> plan = rendered(fix.createNatGateway("subnet-1", "rtb-1", "eu-west-1"));
        assertEquals("EIP=$(aws ec2 allocate-address --domain vpc --query AllocationId --output text --region eu-west-1)", plan.get(0));
        assertTrue(plan.get(1).contains("--allocation-id \"$EIP\""), plan.get(1));
        assertEquals("aws ec2 wait nat-gateway-available --nat-gateway-ids \"$NAT\" --region eu-west-1", plan.get(2));
        assertEquals("aws ec2 create-route --route-table-id rtb-1 --destination-cidr-block 0.0.0.0/0 --nat-gateway-id \"$NAT\" --region eu-west-1", plan.get(3));
    }

    @Test
    void aHealthCheckInPythonIsOneJqAssignment() {
        String change = fix.pythonHealthCheck(container(OTHER, Map.of()));
        assertEquals(".healthCheck.command = [\"CMD-SHELL\", \"python -c \\\"import urllib.request; urllib.request.urlopen('http://localhost:8080/')\\\" || exit 1\"]", change);
    }

    /** Every public method of FixCommands is called by some rule: no dead fix. */
    @Test
    void everyPublicMethodIsUsedByARule() throws IOException {
        String drl;
        try (Stream<Path> files = Files.walk(io.ecstriage.TestDiagnosis.projectDir().resolve("rules"))) {
            drl = files.filter(p -> p.toString().endsWith(".drl")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        for (Method m : FixCommands.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) continue;
            assertTrue(drl.contains("fix." + m.getName() + "("), "FixCommands." + m.getName() + " is public and no rule calls it");
        }
    }

    @Test
    void anAttachedPolicyListedWithoutItsNameIsNamedByItsArnOrSaidToHaveNone() {
        List<IamAttachedPolicy> attached = List.of(new IamAttachedPolicy("exec", "ReadLogs", "arn:aws:iam::111122223333:policy/ReadLogs"),
                new IamAttachedPolicy("exec", null, "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"),
                new IamAttachedPolicy("exec", null, null));

        assertEquals("AmazonECSTaskExecutionRolePolicy, ReadLogs, a policy listed without its name", fix.policyNames(attached));
    }
}
