package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.pairs;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.AmplifyBranch;
import io.ecstriage.model.EnvVariable;
import io.ecstriage.model.EnvVariable.Owner;
import java.util.Map;

/** `aws amplify get-app` ({"app": …}) and `get-branch` ({"branch": …}): their environment variables. */
public final class AmplifyReader implements ShapeReader {
    @Override
    public String shape() {
        return "amplify get-app / get-branch / list-branches";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("app").has("appId") || root.path("branch").has("branchName") || root.path("branches").isArray();
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        if (root.has("app")) {
            JsonNode app = root.get("app");
            String appId = text(app, "appId");
            String region = ctx.regionOf(text(app, "appArn"));
            Map<String, String> env = pairs(app, "environmentVariables", "", "");
            ctx.add(new AmplifyBranch(region, appId, null, env));
            env.forEach((k, v) -> ctx.add(new EnvVariable(region, Owner.AMPLIFY_APP, appId, null, k, v)));
        }
        if (root.has("branch")) readBranch(root.get("branch"), ctx);
        for (JsonNode branch : root.path("branches")) readBranch(branch, ctx); // list-branches
    }

    private static void readBranch(JsonNode branch, ReadContext ctx) {
        String arn = text(branch, "branchArn");
        String appId = ctx.option("--app-id") != null ? ctx.option("--app-id") : appIdFromArn(arn);
        String region = ctx.regionOf(arn);
        String name = text(branch, "branchName");
        Map<String, String> env = pairs(branch, "environmentVariables", "", "");
        ctx.add(new AmplifyBranch(region, appId, name, env));
        env.forEach((k, v) -> ctx.add(new EnvVariable(region, Owner.AMPLIFY_BRANCH, appId + "/" + name, null, k, v)));
    }

    private static String appIdFromArn(String arn) {
        if (arn == null) return null;
        int i = arn.indexOf(":apps/");
        if (i < 0) return null;
        String rest = arn.substring(i + ":apps/".length());
        int j = rest.indexOf('/');
        return j > 0 ? rest.substring(0, j) : rest;
    }
}
