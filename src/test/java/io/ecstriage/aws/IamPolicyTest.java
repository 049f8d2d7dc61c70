package io.ecstriage.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/iam-policy.json allows exactly what the live code can call: every SDK client method referenced from the
 * compiled classes of aws/, collect/ and cli/ (read from their constant pools, lambdas and method references
 * included), and every wire-client operation named there (a class's string constants naming a wire service and an
 * operation of its model), maps to one IAM action, and the policy lists those and nothing else.
 */
class IamPolicyTest {
    /** SDK client interface (internal name) → IAM service prefix. */
    static final Map<String, String> CLIENTS = Map.of(
            "software/amazon/awssdk/services/iam/IamClient", "iam",
            "software/amazon/awssdk/services/ecs/EcsClient", "ecs",
            "software/amazon/awssdk/services/cloudformation/CloudFormationClient", "cloudformation",
            "software/amazon/awssdk/services/elasticloadbalancingv2/ElasticLoadBalancingV2Client", "elasticloadbalancing",
            "software/amazon/awssdk/services/ec2/Ec2Client", "ec2",
            "software/amazon/awssdk/services/cloudwatchlogs/CloudWatchLogsClient", "logs",
            "software/amazon/awssdk/services/ecr/EcrClient", "ecr",
            "software/amazon/awssdk/services/amplify/AmplifyClient", "amplify",
            "software/amazon/awssdk/services/sts/StsClient", "sts");
    static final Set<String> NOT_OPERATIONS = Set.of("builder", "create", "close", "serviceName", "serviceClientConfiguration", "waiter", "utilities");

    @Test
    void thePolicyAllowsExactlyTheOperationsTheCollectorsCall() throws IOException {
        Set<String> called = new TreeSet<>();
        Path classes = Path.of(IamPolicyTest.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .getParent().resolve("classes/io/ecstriage");
        for (String pkg : List.of("aws", "collect", "cli")) {
            try (Stream<Path> files = Files.walk(classes.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    List<String> strings = new ArrayList<>();
                    try (InputStream in = Files.newInputStream(f)) {
                        for (String[] ref : methodRefs(in, strings)) {
                            String prefix = CLIENTS.get(ref[0]);
                            if (prefix != null && !NOT_OPERATIONS.contains(ref[1])) called.add(prefix + ":" + action(ref[1]));
                        }
                    }
                    called.addAll(wireOperations(strings));
                }
            }
        }
        assertTrue(called.contains("ecs:DescribeTasks") && called.contains("logs:GetLogEvents"), "the scan finds calls: " + called);
        JsonNode policy = new ObjectMapper().readTree(TestDiagnosis.projectDir().resolve("docs/iam-policy.json").toFile());
        Set<String> allowed = new TreeSet<>();
        for (JsonNode st : policy.path("Statement")) {
            assertEquals("Allow", st.path("Effect").asText());
            st.path("Action").forEach(a -> allowed.add(a.asText()));
        }
        assertEquals(called, allowed, "docs/iam-policy.json must list exactly the operations the live code calls");
        for (String a : allowed) assertTrue(ReadOnlyGuard.isRead(a.substring(a.indexOf(':') + 1)), a + " is not a read");
    }

    static final List<String> WIRE_SERVICES = List.of("ecs", "ec2", "elbv2", "logs", "ecr", "iam", "sts", "cloudformation");

    /** The IAM actions of the wire services and operations one class names among its string constants. */
    static Set<String> wireOperations(List<String> strings) {
        Set<String> out = new TreeSet<>();
        for (String service : WIRE_SERVICES) {
            if (!strings.contains(service)) continue;
            for (String s : strings) {
                if (!s.matches("[A-Z][A-Za-z]+")) continue;
                try {
                    io.ecstriage.aws.wire.ServiceModel.of(service).operationName(s);
                    out.add(IamActions.of(service, s));
                } catch (IllegalArgumentException notAnOperation) {
                    // another constant of the class
                }
            }
        }
        return out;
    }

    /** describeLogGroupsPaginator → DescribeLogGroups. */
    static String action(String method) {
        String m = method.endsWith("Paginator") ? method.substring(0, method.length() - "Paginator".length()) : method;
        return Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    /** The {owner, name} of every Methodref/InterfaceMethodref in a class file's constant pool. */
    static List<String[]> methodRefs(InputStream classFile, List<String> strings) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[][] refs = new int[count][];
        int[] nameAndTypeName = new int[count];
        List<Integer> stringIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8 -> stringIndexes.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> { in.readLong(); i++; }
                case 9 -> { in.readUnsignedShort(); in.readUnsignedShort(); }
                case 10, 11 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> { nameAndTypeName[i] = in.readUnsignedShort(); in.readUnsignedShort(); }
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                case 17, 18 -> { in.readUnsignedShort(); in.readUnsignedShort(); }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int i : stringIndexes) strings.add(utf8[i]);
        List<String[]> out = new ArrayList<>();
        for (int[] r : refs) if (r != null) out.add(new String[] {utf8[classNameIndex[r[0]]], utf8[nameAndTypeName[r[1]]]});
        return out;
    }
}
