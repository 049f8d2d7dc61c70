package io.ecstriage.repl.live;

import io.ecstriage.aws.AwsAccessException;
import io.ecstriage.aws.AwsOptions;
import io.ecstriage.collect.LiveSession;
import io.ecstriage.ingest.InputException;
import io.ecstriage.repl.EvidenceSource;
import io.ecstriage.repl.LiveCollection;
import java.util.Map;

/** The doctor's connection to AWS through the same live seam as diagnose and snapshot ({@link LiveSession}). */
public final class AwsLiveCollection implements LiveCollection {
    private final Map<String, String> env;
    private final String endpointUrl;
    private final int maxParallel;

    /** @param endpointUrl --endpoint-url (null: AWS_ENDPOINT_URL, else AWS itself) */
    public AwsLiveCollection(Map<String, String> env, String endpointUrl, int maxParallel) {
        this.env = env;
        this.endpointUrl = endpointUrl;
        this.maxParallel = maxParallel;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public EvidenceSource connect(String profile, String region) {
        LiveSession session;
        try {
            session = LiveSession.open(new AwsOptions(region, profile, endpointUrl, env), maxParallel);
        } catch (InputException e) {
            throw new LiveCollectionException(e.getMessage(), e);
        }
        try {
            return new AwsEvidenceSource(session, session.account(), profile);
        } catch (AwsAccessException e) {
            session.close();
            throw new LiveCollectionException(e.getMessage(), e);
        }
    }
}
