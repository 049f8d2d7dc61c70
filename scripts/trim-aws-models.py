"""Writes the trimmed AWS service models that io.ecstriage.aws.wire decodes responses and encodes requests with.

For each operation in OPERATIONS it keeps, from botocore's service model, only the shapes reachable from the
operation's input and output (types, member names, wire names, list/map layout, timestamp formats) and the
operation's paginator, and writes one small, deterministic file per service to
src/main/resources/io/ecstriage/aws/wire/models/<service>.json. The product reads only those files.
Usage (from the project root, with the project's venv, which holds botocore):
    .venv/bin/python scripts/trim-aws-models.py
Adding an operation: one line in OPERATIONS, run this, commit the model it rewrote.
"""
import gzip
import json
import os
import sys

import botocore

# (aws CLI service, API operation): every read the collectors make (grep -rn "AwsCall.of(" src/main/java/io/ecstriage/collect)
OPERATIONS = [
    ("amplify", "GetApp"),
    ("amplify", "GetBranch"),
    ("amplify", "ListBranches"),
    ("cloudformation", "DescribeStackEvents"),
    ("cloudformation", "DescribeStacks"),
    ("cloudformation", "ListStackResources"),
    ("ec2", "DescribeInstances"),
    ("ec2", "DescribeNatGateways"),
    ("ec2", "DescribeRouteTables"),
    ("ec2", "DescribeSecurityGroups"),
    ("ec2", "DescribeSubnets"),
    ("ec2", "DescribeVpcAttribute"),
    ("ec2", "DescribeVpcEndpoints"),
    ("ec2", "DescribeVpcs"),
    ("ecr", "DescribeImages"),
    ("ecr", "DescribeRepositories"),
    ("ecs", "DescribeClusters"),
    ("ecs", "DescribeContainerInstances"),
    ("ecs", "DescribeServices"),
    ("ecs", "DescribeTaskDefinition"),
    ("ecs", "DescribeTasks"),
    ("ecs", "ListClusters"),
    ("ecs", "ListContainerInstances"),
    ("ecs", "ListServices"),
    ("ecs", "ListTasks"),
    ("elbv2", "DescribeListeners"),
    ("elbv2", "DescribeLoadBalancers"),
    ("elbv2", "DescribeTargetGroups"),
    ("elbv2", "DescribeTargetHealth"),
    ("iam", "GetPolicy"),
    ("iam", "GetPolicyVersion"),
    ("iam", "GetRolePolicy"),
    ("iam", "ListAttachedRolePolicies"),
    ("iam", "ListRolePolicies"),
    ("logs", "DescribeLogGroups"),
    ("logs", "GetLogEvents"),
    ("sts", "GetCallerIdentity"),
]

# for tests only (src/test/resources): none of our operations has a flattened list, SimpleDB's answers do
TEST_OPERATIONS = [
    ("sdb", "GetAttributes"),
]

METADATA = ("apiVersion", "protocol", "targetPrefix", "jsonVersion", "endpointPrefix", "signingName", "globalEndpoint")
# what decoding and encoding need of a shape, a member reference, and an operation; everything else is dropped
SHAPE_KEYS = ("type", "flattened", "timestampFormat", "locationName")
REF_KEYS = ("shape", "locationName", "queryName", "flattened", "location", "jsonvalue")
OUT = os.path.join("src", "main", "resources", "io", "ecstriage", "aws", "wire", "models")
TEST_OUT = os.path.join("src", "test", "resources", "io", "ecstriage", "aws", "wire", "models")


def latest(service_dir):
    return os.path.join(service_dir, sorted(os.listdir(service_dir))[-1])


def load(path):
    if os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz", "rt", encoding="utf-8") as f:
            return json.load(f)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    return {}


def ref(r):
    return {k: r[k] for k in REF_KEYS if k in r}


def trim_shape(shape):
    out = {k: shape[k] for k in SHAPE_KEYS if k in shape}
    if "members" in shape:
        out["members"] = {name: ref(m) for name, m in shape["members"].items()}
    for part in ("member", "key", "value"):
        if part in shape:
            out[part] = ref(shape[part])
    return out


def reachable(shapes, start, seen):
    if start in seen:
        return
    seen.add(start)
    shape = shapes[start]
    refs = list(shape.get("members", {}).values()) + [shape[p] for p in ("member", "key", "value") if p in shape]
    for r in refs:
        reachable(shapes, r["shape"], seen)


def trim(service, operations, data):
    model_dir = latest(os.path.join(data, service))
    model = load(os.path.join(model_dir, "service-2.json"))
    paginators = load(os.path.join(model_dir, "paginators-1.json")).get("pagination", {})
    shapes, seen, ops, pages = model["shapes"], set(), {}, {}
    for name in sorted(operations):
        op = model["operations"][name]
        entry = {"cli": botocore.xform_name(name, "-")}
        for io in ("input", "output"):
            if io in op:
                entry[io] = op[io]["shape"]
                reachable(shapes, op[io]["shape"], seen)
        if "resultWrapper" in op.get("output", {}):
            entry["resultWrapper"] = op["output"]["resultWrapper"]
        if model["metadata"]["protocol"] == "rest-json":
            entry["http"] = {k: op["http"][k] for k in ("method", "requestUri")}
        ops[name] = entry
        if name in paginators:
            pages[name] = {k: paginators[name][k] for k in sorted(paginators[name]) if k != "non_aggregate_keys"}
    return {
        "source": f"botocore {botocore.__version__} data/{service}/{os.path.basename(model_dir)}, trimmed by scripts/trim-aws-models.py",
        "notice": "botocore is Copyright Amazon.com, Inc. or its affiliates, licensed under the Apache License, Version 2.0",
        "metadata": {k: model["metadata"][k] for k in METADATA if k in model["metadata"]},
        "operations": ops,
        "paginators": pages,
        "shapes": {name: trim_shape(shapes[name]) for name in sorted(seen)},
    }


def dump(model, f):
    """One line per operation, paginator and shape: small, and a regeneration's diff names what changed."""
    compact = {"separators": (",", ":"), "sort_keys": False}
    parts = []
    for key, value in model.items():
        if key in ("operations", "paginators", "shapes"):
            lines = [f"  {json.dumps(name)}:{json.dumps(v, **compact)}" for name, v in value.items()]
            parts.append(f" {json.dumps(key)}:" + ("{\n" + ",\n".join(lines) + "\n }" if lines else "{}"))
        else:
            parts.append(f" {json.dumps(key)}:{json.dumps(value, **compact)}")
    f.write("{\n" + ",\n".join(parts) + "\n}\n")


def write(operations, out, data):
    by_service = {}
    for service, operation in operations:
        by_service.setdefault(service, []).append(operation)
    os.makedirs(out, exist_ok=True)
    for service, names in sorted(by_service.items()):
        path = os.path.join(out, service + ".json")
        with open(path, "w", encoding="utf-8") as f:
            dump(trim(service, names, data), f)
        print(f"{path}: {len(names)} operations, {os.path.getsize(path)} bytes", file=sys.stderr)


def main():
    data = os.path.join(os.path.dirname(botocore.__file__), "data")
    write(OPERATIONS, OUT, data)
    write(TEST_OPERATIONS, TEST_OUT, data)


if __name__ == "__main__":
    main()
