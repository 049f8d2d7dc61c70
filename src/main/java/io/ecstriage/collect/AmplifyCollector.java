package io.ecstriage.collect;

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
        rec.call(region, Command.aws("amplify", "get-app").opt("--app-id", appId).region(region),
                () -> aws.amplify(region).getApp(b -> b.appId(appId)));
    }

    /** One branch, or all of them in one listing (get-branch per branch would be N+1). */
    public void branches(String region, String appId, String branch) {
        if (branch != null) {
            rec.call(region, Command.aws("amplify", "get-branch").opt("--app-id", appId).opt("--branch-name", branch).region(region),
                    () -> aws.amplify(region).getBranch(b -> b.appId(appId).branchName(branch)));
            return;
        }
        rec.call(region, Command.aws("amplify", "list-branches").opt("--app-id", appId).region(region),
                () -> ListBranchesResponse.builder().branches(aws.amplify(region).listBranchesPaginator(b -> b.appId(appId))
                        .branches().stream().toList()).build());
    }
}
