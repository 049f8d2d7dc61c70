package io.ecstriage.finding.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.model.ErrorTexts;
import io.ecstriage.model.ImageRef;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Identifiers runs each pattern only where its literal is: it must read what every pattern over every text reads. */
class IdentifiersTest {
    private static final List<String> CRAFTED = List.of(
            "(service a) and (service b) has started", "service web has reached a steady state. service api was unable to place",
            "Service api was unable", "(service x)service y has started", "service  z has", "arn:aws:ecs:eu-west-1:123456789012:service/c1/api",
            "arn:aws:ecs:eu-west-1:123456789012:cluster/prod arn:aws-cn:iam::123456789012:role/path/exec-role",
            "assumed-role/deploy/session is not authorized", "arn:aws:sts::123456789012:assumed-role/deploy/s and arn:aws:iam::123456789012:role/exec", "(task 0123456789abcdef0123456789abcdef) stopped",
            "Resource of type 'AWS::ECS::Service' with identifier 'web-svc' already exists.",
            "User: arn:aws:iam::123456789012:user/ops/dev is not authorized to perform: ecs:DescribeServices on resource: arn:aws:ecs:us-east-1:123456789012:service/prod/web.",
            "User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform: kms:Decrypt because no identity-based policy allows it",
            "log group '/ecs/x' does not exist", "LOG GROUP: /ecs/y", "Log Group Name \"/ecs/z\"",
            "CannotPullContainerError: 123456789012.DKR.ECR.eu-west-1.amazonaws.com/app:1 not found",
            "pull 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:" + "a".repeat(64) + " failed",
            "\u212Aelvin 123456789012.d\u212Ar.ecr.us-east-1.amazonaws.com/k:2 ", "target-group web-tg)", "no identifiers at all", "");

    @Test
    void theAgentsRetryPhraseNamesNoService() {
        // "service call has been retried 5 time(s)" (a task's S3, Secrets Manager or ECR read) filled SERVICE with "call"
        Identifiers ids = new Identifiers();
        ids.read("ResourceInitializationError: failed to download env files: file download command: non empty error stream: "
                + "service call has been retried 5 time(s): NoSuchKey: The specified key does not exist.");
        assertEquals(Set.of(), ids.services);
        ids.read("service web has reached a steady state.");
        assertEquals(Set.of("web"), ids.services);
    }

    @Test
    void theNamesTypedOnAPastedCommandLineAreIdentifiers() {
        Identifiers ids = new Identifiers();
        ids.read("$ aws ecs describe-services --cluster prod --services web api --region ap-northeast-1 --output text\n"
                + "EVENTS (service web) is unhealthy\n"
                + "PS C:\\> aws cloudformation describe-stack-events --stack-name web-stack\n"
                + "aws ecs describe-tasks --cluster arn:aws:ecs:ap-northeast-1:123456789012:cluster/prod --tasks 0123456789abcdef0123456789abcdef\n"
                + "run aws ecs list-tasks --cluster not-a-command-line to see them");
        assertEquals(Set.of("prod"), ids.clusters);
        assertEquals(Set.of("web", "api"), ids.services);
        assertEquals(Set.of("web-stack"), ids.stacks);
        assertEquals(Set.of("0123456789abcdef0123456789abcdef"), ids.taskIds);
        assertEquals("ap-northeast-1", ids.region());
    }

    @Test
    void readsWhatThePlainPatternsRead() throws Exception {
        List<String> texts = new ArrayList<>(CRAFTED);
        texts.addAll(corpusTexts());
        int named = 0;
        for (String text : texts) {
            Identifiers fast = new Identifiers();
            fast.read(text);
            Identifiers plain = plain(text);
            for (Field f : Identifiers.class.getDeclaredFields()) {
                if (!Set.class.isAssignableFrom(f.getType())) continue;
                assertEquals(new ArrayList<>((Set<?>) f.get(plain)), new ArrayList<>((Set<?>) f.get(fast)), f.getName() + " of: " + text);
                if (!((Set<?>) f.get(plain)).isEmpty()) named++;
            }
        }
        assertTrue(named > 35, "the texts name identifiers: " + named); // 41, after "service call has been retried" stopped naming "call"
    }

    /** Every pattern over the whole text, in the order Identifiers applies them. */
    private static Identifiers plain(String text) throws Exception {
        Identifiers ids = new Identifiers();
        Matcher m = pattern("ARN").matcher(text);
        while (m.find()) if (!m.group(1).isBlank()) ids.regions.add(m.group(1));
        m = pattern("CLUSTER_ARN").matcher(text);
        while (m.find()) ids.clusters.add(m.group(1));
        m = pattern("SERVICE_ARN").matcher(text);
        while (m.find()) {
            if (m.group(1) != null) ids.clusters.add(m.group(1));
            ids.services.add(m.group(2));
        }
        m = pattern("TASK_DEFINITION_ARN").matcher(text);
        while (m.find()) ids.taskDefinitions.add(m.group(1));
        String tg = ErrorTexts.targetGroupArn(text);
        if (tg != null) ids.targetGroups.add(tg);
        m = pattern("SERVICE").matcher(text);
        while (m.find()) ids.services.add(m.group(1) != null ? m.group(1) : m.group(2));
        m = pattern("CFN_SERVICE").matcher(text);
        while (m.find()) if (!m.group(1).startsWith("arn:")) ids.services.add(m.group(1));
        m = pattern("TARGET_GROUP_NAME").matcher(text);
        while (m.find()) ids.targetGroupNames.add(m.group(1));
        String role = ErrorTexts.assumedRole(text);
        if (role != null) ids.roles.add(role);
        m = pattern("ROLE_ARN").matcher(text);
        while (m.find()) ids.roles.add(m.group(1));
        m = pattern("DENIAL").matcher(text);
        while (m.find()) {
            Matcher user = pattern("USER_ARN").matcher(m.group(1));
            if (user.matches()) ids.users.add(user.group(1));
            ids.accounts.add(m.group(2));
            String resource = m.group(3);
            if (resource != null) ids.deniedResources.add(resource.endsWith(".") ? resource.substring(0, resource.length() - 1) : resource);
        }
        m = pattern("TASK").matcher(text);
        while (m.find()) ids.taskIds.add(m.group(1));
        m = pattern("LOG_GROUP").matcher(text);
        while (m.find()) ids.logGroups.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        Matcher image = Pattern.compile("(\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/[a-z0-9][a-z0-9._/-]*?)(?::([\\w][\\w.-]{0,127}))?"
                + "(?:@(sha256:[0-9a-f]{64}))?(?=[\\s:'\"]|$)").matcher(text.toLowerCase(java.util.Locale.ROOT));
        Set<String> seen = new LinkedHashSet<>();
        while (image.find()) {
            if (image.group(1).contains("/v2/")) continue;
            seen.add(image.group(1) + (image.group(2) != null ? ":" + image.group(2) : "") + (image.group(3) != null ? "@" + image.group(3) : ""));
        }
        for (String s : seen) {
            ImageRef ref = ImageRef.parse(s);
            ids.images.add(ref);
            if (ref.ecrRegion() != null && !ref.ecrRegion().isBlank()) ids.regions.add(ref.ecrRegion());
        }
        return ids;
    }

    private static Pattern pattern(String name) throws Exception {
        Field f = Identifiers.class.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }

    private static List<String> corpusTexts() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path corpus : files.filter(p -> p.getFileName().toString().equals("corpus.json")).toList()) {
                for (JsonNode entry : mapper.readTree(corpus.toFile())) out.add(entry.path("text").asText());
            }
        }
        return out;
    }
}
