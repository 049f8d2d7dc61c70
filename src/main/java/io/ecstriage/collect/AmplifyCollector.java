package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import software.amazon.awssdk.services.amplify.model.ListBranchesResponse;

/** Amplify reads: the app and its branches, for the environment variables the front end is built with. */
public final class AmplifyCollector {
    private final AwsClients aws;
    private final Recorder rec;

    public AmplifyCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    public void getApp(String region, String appId) {
        rec.call(AwsCall.of("amplify", "get-app").with("--app-id", appId).in(region),
                () -> aws.amplify(region).getApp(b -> b.appId(appId)));
    }

    /** One branch, or all of them in one listing (get-branch per branch would be N+1). */
    public void branches(String region, String appId, String branch) {
        if (branch != null) {
            rec.call(AwsCall.of("amplify", "get-branch").with("--app-id", appId).with("--branch-name", branch).in(region),
                    () -> aws.amplify(region).getBranch(b -> b.appId(appId).branchName(branch)));
            return;
        }
        rec.call(AwsCall.of("amplify", "list-branches").with("--app-id", appId).in(region),
                () -> ListBranchesResponse.builder().branches(aws.amplify(region).listBranchesPaginator(b -> b.appId(appId))
                        .branches().stream().toList()).build());
    }
}
