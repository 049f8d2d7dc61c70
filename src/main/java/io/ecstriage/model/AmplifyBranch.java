package io.ecstriage.model;

import java.util.Map;

/** An Amplify app or branch and its environment variables (they are also EnvVariable facts). */
public record AmplifyBranch(String region, String appId, String branchName, Map<String, String> environment) implements Regional {

    public AmplifyBranch {
        environment = Map.copyOf(environment);
    }
}
