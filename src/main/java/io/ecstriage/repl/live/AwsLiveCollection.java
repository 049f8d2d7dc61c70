package io.ecstriage.repl.live;

import io.ecstriage.aws.AwsAccessException;
import io.ecstriage.aws.AwsClients;
import io.ecstriage.aws.AwsOptions;
import io.ecstriage.repl.EvidenceSource;
import io.ecstriage.repl.LiveCollection;
import java.util.Map;
import io.ecstriage.json.JsonTrees;

/** The doctor's connection to AWS through the read-only live collectors (aws/, collect/). */
public final class AwsLiveCollection implements LiveCollection {
    private final JsonTrees json;
    private final Map<String, String> env;
    private final int maxParallel;

    public AwsLiveCollection(JsonTrees json, Map<String, String> env, int maxParallel) {
        this.json = json;
        this.env = env;
        this.maxParallel = maxParallel;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public EvidenceSource connect(String profile, String region) {
        AwsClients aws;
        try {
            aws = AwsClients.create(new AwsOptions(region, profile, null, env));
        } catch (IllegalArgumentException e) {
            throw new LiveCollectionException(e.getMessage(), e);
        }
        try {
            String account = aws.checkAccess();
            return new AwsEvidenceSource(aws, account, profile, json, maxParallel);
        } catch (AwsAccessException e) {
            aws.close();
            throw new LiveCollectionException(e.getMessage(), e);
        }
    }
}
