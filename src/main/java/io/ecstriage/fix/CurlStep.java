package io.ecstriage.fix;

import io.ecstriage.aws.ShellWords;
import java.util.List;

/** A request to check an endpoint answers (`curl -v URL`): it changes nothing. */
public record CurlStep(String url, List<Precondition> preconditions) implements Step {

    public CurlStep {
        preconditions = List.copyOf(preconditions);
    }

    public static CurlStep of(String url) {
        return new CurlStep(url, List.of());
    }

    @Override
    public String render() {
        return "curl -v " + ShellWords.quote(url);
    }

    @Override
    public String kind() {
        return "curl";
    }
}
