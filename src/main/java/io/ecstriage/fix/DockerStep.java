package io.ecstriage.fix;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.ShellWords;
import java.util.ArrayList;
import java.util.List;

/** A docker command; `stdin`, when set, is an aws call piped into it (`aws ecr get-login-password | docker login …`). */
public record DockerStep(AwsCall stdin, List<String> args, List<Precondition> preconditions) implements Step {

    public DockerStep {
        args = List.copyOf(args);
        preconditions = List.copyOf(preconditions);
    }

    public static DockerStep of(String... args) {
        return new DockerStep(null, List.of(args), List.of());
    }

    /** Logs docker in to an ECR registry with a token from that registry's Region. */
    public static DockerStep ecrLogin(String registry, String region) {
        return new DockerStep(AwsCall.of("ecr", "get-login-password").in(region),
                List.of("login", "--username", "AWS", "--password-stdin", registry), List.of());
    }

    public DockerStep given(Precondition p) {
        List<Precondition> all = new ArrayList<>(preconditions);
        all.add(p);
        return new DockerStep(stdin, args, all);
    }

    @Override
    public String render() {
        StringBuilder line = new StringBuilder();
        if (stdin != null) line.append(stdin.render()).append(" | ");
        line.append("docker");
        for (String a : args) line.append(' ').append(ShellWords.quote(a));
        return line.toString();
    }

    @Override
    public String kind() {
        return "docker";
    }
}
