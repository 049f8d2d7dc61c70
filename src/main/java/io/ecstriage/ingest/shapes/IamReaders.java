package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.Arns;
import io.ecstriage.model.IamAttachedPolicy;
import io.ecstriage.model.IamInlinePolicyName;
import io.ecstriage.model.IamPolicyDocument;
import io.ecstriage.model.IamRoleListing;
import io.ecstriage.model.iam.PolicyStatement;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The IAM reads of a role's policies: list-attached-role-policies and list-role-policies (the role comes from
 * --role-name), get-role-policy, get-policy and get-policy-version (the policy from --policy-arn). IAM facts carry no region.
 */
public final class IamReaders {
    private IamReaders() {}

    public static List<ShapeReader> all(JsonTrees json) {
        return List.of(new AttachedPolicies(), new InlinePolicyNames(), new RolePolicy(json), new PolicyVersion(json), new ManagedPolicy());
    }

    static final class AttachedPolicies implements ShapeReader {
        public String shape() { return "iam list-attached-role-policies"; }

        public boolean accepts(JsonNode root) { return root.path("AttachedPolicies").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            String role = ctx.option("--role-name");
            if (role == null) return;
            ctx.add(new IamRoleListing(role, IamRoleListing.ATTACHED));
            for (JsonNode p : array(root, "AttachedPolicies")) {
                ctx.add(new IamAttachedPolicy(role, text(p, "PolicyName"), text(p, "PolicyArn")));
            }
        }
    }

    static final class InlinePolicyNames implements ShapeReader {
        public String shape() { return "iam list-role-policies"; }

        public boolean accepts(JsonNode root) { return root.path("PolicyNames").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            String role = ctx.option("--role-name");
            if (role == null) return;
            // the names alone say nothing about the grants; an empty list says there are none
            if (root.path("PolicyNames").isEmpty()) ctx.add(new IamRoleListing(role, IamRoleListing.INLINE));
            ctx.add(new IamRoleListing(role, IamRoleListing.INLINE_NAMES));
            for (JsonNode n : array(root, "PolicyNames")) if (n.isTextual()) ctx.add(new IamInlinePolicyName(role, n.asText()));
        }
    }

    static final class RolePolicy implements ShapeReader {
        private final JsonTrees json;

        RolePolicy(JsonTrees json) { this.json = json; }

        public String shape() { return "iam get-role-policy"; }

        public boolean accepts(JsonNode root) { return root.has("PolicyDocument") && root.has("RoleName"); }

        public void read(JsonNode root, ReadContext ctx) {
            String role = text(root, "RoleName");
            ctx.add(new IamRoleListing(role, IamRoleListing.INLINE));
            ctx.add(document(json, role, text(root, "PolicyName"), null, root.get("PolicyDocument"), true));
        }
    }

    static final class PolicyVersion implements ShapeReader {
        private final JsonTrees json;

        PolicyVersion(JsonTrees json) { this.json = json; }

        public String shape() { return "iam get-policy-version"; }

        public boolean accepts(JsonNode root) { return root.path("PolicyVersion").has("Document"); }

        public void read(JsonNode root, ReadContext ctx) {
            String arn = ctx.option("--policy-arn");
            JsonNode version = root.path("PolicyVersion");
            boolean isDefault = !version.has("IsDefaultVersion") || version.path("IsDefaultVersion").asBoolean(true);
            ctx.add(document(json, null, arn == null ? null : Arns.lastSegment(arn), arn, version.get("Document"), isDefault));
        }
    }

    /** get-policy names the default version to read; the version's own IsDefaultVersion says the same, so no fact. */
    static final class ManagedPolicy implements ShapeReader {
        public String shape() { return "iam get-policy"; }

        public boolean accepts(JsonNode root) { return root.path("Policy").has("DefaultVersionId"); }

        public void read(JsonNode root, ReadContext ctx) {}
    }

    /** The API returns documents URL-encoded; the CLI prints them decoded. Both are read. */
    static IamPolicyDocument document(JsonTrees json, String role, String name, String arn, JsonNode doc, boolean isDefault) {
        if (doc != null && doc.isTextual()) {
            try {
                String text = doc.asText();
                doc = json.read(text.startsWith("%") ? URLDecoder.decode(text, StandardCharsets.UTF_8) : text);
            } catch (Exception e) {
                doc = null;
            }
        }
        boolean all = false;
        List<String> wildcards = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<PolicyStatement> parsed = new ArrayList<>();
        JsonNode statements = doc == null ? null : doc.get("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements != null && statements.isArray()) statements.forEach(list::add);
        else if (statements != null && statements.isObject()) list.add(statements);
        for (JsonNode s : list) {
            String effect = text(s, "Effect");
            if ("Allow".equalsIgnoreCase(effect) || "Deny".equalsIgnoreCase(effect)) {
                boolean notAction = s.has("NotAction");
                boolean notResource = s.has("NotResource");
                parsed.add(new PolicyStatement(text(s, "Sid"), "Allow".equalsIgnoreCase(effect),
                        values(s.get(notAction ? "NotAction" : "Action")), notAction,
                        values(s.get(notResource ? "NotResource" : "Resource")), notResource,
                        s.has("Condition") && !s.get("Condition").isEmpty()));
            }
            if (!"Allow".equalsIgnoreCase(text(s, "Effect")) || s.has("NotAction")) continue;
            List<String> acts = values(s.get("Action"));
            boolean anyResource = values(s.get("Resource")).contains("*");
            actions.addAll(acts);
            for (String a : acts) {
                if (a.equals("*") || a.equals("*:*")) all = true;
                else if (anyResource && a.endsWith(":*") && !wildcards.contains(a)) wildcards.add(a);
            }
        }
        return new IamPolicyDocument(role, name, arn, all, wildcards, actions, parsed, isDefault);
    }

    private static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (n.isTextual()) out.add(n.asText());
        else if (n.isArray()) n.forEach(e -> { if (e.isTextual()) out.add(e.asText()); });
        return out;
    }
}
