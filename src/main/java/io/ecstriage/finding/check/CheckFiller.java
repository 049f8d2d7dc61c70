package io.ecstriage.finding.check;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.model.ImageRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills a check's UPPERCASE placeholders with the identifiers the input gives; what it does not give stays. */
public final class CheckFiller {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> subnets;

    public CheckFiller(Identifiers ids) {
        put("REGION", ids.region());
        put("CLUSTER", ids.cluster());
        put("SERVICE", ids.service());
        put("TARGET_GROUP_ARN", ids.targetGroup());
        put("TASK_ID", ids.taskId());
        put("FAMILY:REVISION", ids.taskDefinition());
        put("FAMILY", ids.taskDefinition());
        put("LOG_GROUP", ids.logGroup());
        put("GROUP", ids.logGroup());
        put("STACK", ids.stack());
        subnets = ids.subnets();
        ImageRef image = ids.image();
        if (image != null) {
            put("REPOSITORY", image.repository());
            put("TAG", image.tagOrLatest());
            // an image named by digest alone: the whole keyed value asks for the digest instead
            if (image.tagOrLatest() == null) put("imageTag=TAG", "imageDigest=" + image.digest());
        }
    }

    private void put(String placeholder, String value) {
        if (value != null) values.put(placeholder, value);
    }

    public MissingEvidence fill(MissingEvidence m) {
        return m.call() == null ? m : m.withCall(fill(m.call()));
    }

    public List<MissingEvidence> fillAll(List<MissingEvidence> checks) {
        List<MissingEvidence> out = new ArrayList<>();
        for (MissingEvidence m : checks) {
            MissingEvidence f = fill(m);
            if (!out.contains(f)) out.add(f);
        }
        return out;
    }

    public AwsCall fill(AwsCall call) {
        if (call.placeholders().isEmpty()) return call;
        Map<String, List<String>> options = new LinkedHashMap<>();
        call.options().forEach((name, vs) -> {
            List<String> filled = new ArrayList<>();
            for (String v : vs) {
                if (v.equals("SUBNET_IDS") && !subnets.isEmpty()) filled.addAll(subnets);
                else filled.add(value(v));
            }
            options.put(name, filled);
        });
        String region = call.region() == null ? null : value(call.region());
        return new AwsCall(call.service(), call.operation(), options, region);
    }

    private String value(String v) {
        int filter = v.indexOf(",Values=");
        if (filter > 0) return v.substring(0, filter + 8) + value(v.substring(filter + 8));
        if (values.containsKey(v)) return values.get(v);
        if (AwsCall.KEYED.matcher(v).matches()) {
            int eq = v.indexOf('=');
            return v.substring(0, eq + 1) + value(v.substring(eq + 1));
        }
        return v;
    }
}
