package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;
import software.amazon.awssdk.services.amplify.model.ListBranchesResponse;

/** Amplify reads: the app and its branches, for the environment variables the front end is built with. */
public final class AmplifyCollector implements Collector {
    static final AwsCall GET_APP = AwsCall.of("amplify", "get-app");
    static final AwsCall GET_BRANCH = AwsCall.of("amplify", "get-branch");
    static final AwsCall LIST_BRANCHES = AwsCall.of("amplify", "list-branches");
    private final AwsClients aws;
    private final Recorder rec;

    public AmplifyCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    @Override
    public List<AwsCall> reads() {
        return List.of(GET_APP, GET_BRANCH, LIST_BRANCHES);
    }

    public void getApp(String region, String appId) {
        rec.call(GET_APP.with("--app-id", appId).in(region),
                () -> aws.amplify(region).getApp(b -> b.appId(appId)));
    }

    /** One branch, or all of them in one listing (get-branch per branch would be N+1). */
    public void branches(String region, String appId, String branch) {
        if (branch != null) {
            rec.call(GET_BRANCH.with("--app-id", appId).with("--branch-name", branch).in(region),
                    () -> aws.amplify(region).getBranch(b -> b.appId(appId).branchName(branch)));
            return;
        }
        rec.call(LIST_BRANCHES.with("--app-id", appId).in(region),
                () -> ListBranchesResponse.builder().branches(aws.amplify(region).listBranchesPaginator(b -> b.appId(appId))
                        .branches().stream().toList()).build());
    }
}
