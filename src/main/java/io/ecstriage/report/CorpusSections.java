package io.ecstriage.report;

import java.util.List;

/**
 * The sections of the shared error-text corpus (corpus/error-texts.md) and the entry ids each holds, as data: the rule
 * index maps them to the rules whose @corpus lists them. Regenerate when the corpus grows.
 */
public final class CorpusSections {

    public record Section(String id, String title, List<String> entries) {}

    private CorpusSections() {}

    public static final List<Section> ALL = List.of(
            new Section("A1", "CannotPullContainerError — permission / 403 Forbidden", List.of("A002", "A005", "A006", "A007", "A008", "A009")),
            new Section("A2", "CannotPullContainerError — network path (no NAT / no VPC endpoints / SG / NACL)", List.of("A010", "A011", "A012", "A013", "A016", "A017", "A018", "A019", "A207")),
            new Section("A3", "CannotPullContainerError — image/tag not found", List.of("A021", "A022", "A023", "A024", "A025", "A028", "A029", "A030")),
            new Section("A4", "CannotPullContainerError — rate limits / other pull failures", List.of("A031", "A032", "A034", "A035", "A038", "A040", "A208")),
            new Section("A5", "ResourceInitializationError — secrets / registry auth", List.of("A042", "A043", "A044", "A045", "A047", "A048", "A050", "A053", "A057", "A204", "A205", "A206")),
            new Section("A6", "ResourceInitializationError — awslogs / logger args", List.of("A058", "A060", "A201", "A202")),
            new Section("A7", "CannotStartContainerError / ResourceInitializationError at container start", List.of("A067", "A068", "A073", "A074", "A075", "A203", "A209", "A210")),
            new Section("A8", "Container exits, OOM, health checks, arch mismatch", List.of("A077", "A078", "A079", "A080", "A083", "A084", "A085", "A086", "A089")),
            new Section("A9", "Scheduler/infra stop reasons and stop codes", List.of("A090", "A091", "A092", "A093", "A094", "A095", "A096", "A097", "A098", "A099", "A100", "A101")),
            new Section("B1", "Placement failures", List.of("B001", "B002", "B007", "B008", "B009", "B010", "B011", "B012", "B013", "B201", "B202", "B203", "B204")),
            new Section("B2", "Lifecycle / progress events", List.of("B014", "B015", "B016", "B017", "B021", "B205")),
            new Section("B3", "Load balancer health events", List.of("B023", "B025")),
            new Section("B4", "Deployment / circuit breaker", List.of("B027", "B028", "B031", "B032", "B033", "B206")),
            new Section("C1", "Enumerations (API model)", List.of("C001", "C002", "C003")),
            new Section("C2", "Reason code → Description (AWS-documented exact Description strings)", List.of("C004", "C005", "C006", "C007", "C008", "C009", "C010", "C011", "C012", "C013", "C014", "C015")),
            new Section("C3", "Observed variants in real/official outputs", List.of("C016", "C017", "C018", "C019", "C020", "C021", "C023")),
            new Section("D1", "AWS::ElasticLoadBalancingV2::LoadBalancer", List.of("D003", "D004")),
            new Section("D2", "AWS::ECS::Service", List.of("D008", "D011", "D012", "D014", "D015", "D017", "D201")),
            new Section("D3", "AWS::ECS::TaskDefinition", List.of("D020", "D021", "D022", "D203", "D204")),
            new Section("D4", "AWS::ECS::Cluster / CapacityProvider", List.of("D028", "D202")),
            new Section("D5", "AWS::Logs::LogGroup", List.of("D031", "D205")),
            new Section("D6", "Stack-level / nested / capability / parameter errors", List.of("D032", "D033", "D036", "D037", "D038", "D041", "D044", "D046", "D047")),
            new Section("E1", "ECS Exec (execute-command)", List.of("E201")));

    /** Every entry id of the corpus, in corpus order. */
    public static List<String> entryIds() {
        return ALL.stream().flatMap(s -> s.entries().stream()).toList();
    }
}
