#!/usr/bin/env python3
"""Writes a synthetic fixture of one account with SERVICES failing services (5 per 1x), for bench/scale.sh.

Each service has its task definition, 2 subnets of a shared VPC, a security group, a target group behind a shared
load balancer, unhealthy targets, 12 stopped tasks with their stopped reasons, service events and 37 log lines per task.
Half the services are called `api`/`web` in per-environment clusters, as real accounts name them.
Usage: gen_account.py SERVICES OUT.json
"""
import json
import sys

REGION = "eu-west-1"
ACCOUNT = "123456789012"


def arn(service, resource):
    return f"arn:aws:{service}:{REGION}:{ACCOUNT}:{resource}"


def main(n, out):
    caps = []
    vpcs = max(1, n // 50)
    subnets, tables, groups, endpoints = [], [], [], []
    for v in range(vpcs):
        vpc = f"vpc-{v:017x}"
        for az in range(3):
            subnets.append({"SubnetId": f"subnet-{v:08x}{az:09x}", "VpcId": vpc, "AvailabilityZone": f"{REGION}{'abc'[az]}",
                            "CidrBlock": f"10.{v % 250}.{az}.0/24", "MapPublicIpOnLaunch": False})
        tables.append({"RouteTableId": f"rtb-{v:017x}", "VpcId": vpc, "Associations": [{"Main": True}] + [
            {"Main": False, "SubnetId": f"subnet-{v:08x}{az:09x}"} for az in range(3)],
            "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"}]})
        endpoints.append({"VpcEndpointId": f"vpce-{v:017x}", "VpcId": vpc, "ServiceName": f"com.amazonaws.{REGION}.s3",
                          "VpcEndpointType": "Gateway", "RouteTableIds": [f"rtb-{v:017x}"], "State": "available"})
    lb = arn("elasticloadbalancing", "loadbalancer/app/shared/0123456789abcdef")
    services, tasks, tgs, health, events, tds = [], [], [], [], [], []
    for i in range(n):
        env = i // 2
        name = ("api" if i % 2 == 0 else "web") if i < n // 2 else f"svc-{i:04d}"
        cluster = arn("ecs", f"cluster/env-{env:04d}")
        v = i % vpcs
        sg = f"sg-{i:017x}"
        groups.append({"GroupId": sg, "GroupName": f"{name}-{env}", "VpcId": f"vpc-{v:017x}",
                       "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}],
                       "IpPermissionsEgress": []})
        td = arn("ecs", f"task-definition/{name}-{env}:{i % 7 + 1}")
        tg = arn("elasticloadbalancing", f"targetgroup/{name}-{env}/{i:016x}")
        tgs.append({"TargetGroupArn": tg, "TargetGroupName": f"{name}-{env}", "Protocol": "HTTP", "Port": 8080, "VpcId": f"vpc-{v:017x}",
                    "TargetType": "ip", "HealthCheckProtocol": "HTTP", "HealthCheckPort": "traffic-port", "HealthCheckPath": "/health",
                    "HealthCheckEnabled": True, "LoadBalancerArns": [lb]})
        tds.append({"taskDefinition": {"taskDefinitionArn": td, "family": f"{name}-{env}", "revision": i % 7 + 1, "cpu": "256", "memory": "512",
                    "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
                    "executionRoleArn": arn("iam", "role/exec").replace(f":{REGION}:", "::"),
                    "containerDefinitions": [{"name": "app", "image": f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/{name}:v{i}", "essential": True,
                                              "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
                                              "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": f"/ecs/{name}-{env}",
                                                                   "awslogs-region": REGION, "awslogs-stream-prefix": "ecs"}}}]}})
        sub = [f"subnet-{v:08x}{az:09x}" for az in range(2)]
        svc_events = [{"id": f"e{i}-{k}", "createdAt": f"2026-11-20T10:{k % 60:02d}:00Z",
                       "message": f"(service {name}) has started 1 tasks: (task {i:016x}{k:016x})."} for k in range(20)]
        services.append({"serviceArn": arn("ecs", f"service/env-{env:04d}/{name}"), "serviceName": name, "clusterArn": cluster,
                         "status": "ACTIVE", "taskDefinition": td, "desiredCount": 2, "runningCount": 0, "pendingCount": 0, "launchType": "FARGATE",
                         "loadBalancers": [{"targetGroupArn": tg, "containerName": "app", "containerPort": 8080}],
                         "networkConfiguration": {"awsvpcConfiguration": {"subnets": sub, "securityGroups": [sg], "assignPublicIp": "DISABLED"}},
                         "deployments": [{"id": f"ecs-svc/{i:019d}", "status": "PRIMARY", "taskDefinition": td, "rolloutState": "IN_PROGRESS",
                                          "failedTasks": 12, "desiredCount": 2, "runningCount": 0, "updatedAt": "2026-11-20T10:30:00Z"}],
                         "events": svc_events})
        for k in range(12):
            tid = f"{i:016x}{k:016x}"
            ip = f"10.{v % 250}.{k % 2}.{(i * 12 + k) % 250 + 2}"
            tasks.append({"taskArn": arn("ecs", f"task/env-{env:04d}/{tid}"), "clusterArn": cluster, "taskDefinitionArn": td,
                          "group": f"service:{name}", "lastStatus": "STOPPED", "desiredStatus": "STOPPED", "stopCode": "ServiceSchedulerInitiated",
                          "stoppedReason": "Task failed ELB health checks in (target-group " + tg + ")",
                          "createdAt": "2026-11-20T10:00:00Z", "stoppedAt": f"2026-11-20T10:{k:02d}:30Z", "launchType": "FARGATE",
                          "availabilityZone": f"{REGION}{'ab'[k % 2]}",
                          "attachments": [{"type": "ElasticNetworkInterface", "details": [{"name": "subnetId", "value": sub[k % 2]},
                                           {"name": "privateIPv4Address", "value": ip}]}],
                          "containers": [{"name": "app", "image": f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/{name}:v{i}", "lastStatus": "STOPPED",
                                          "exitCode": 137, "taskArn": arn("ecs", f"task/env-{env:04d}/{tid}")}]})
            health.append((tg, {"Target": {"Id": ip, "Port": 8080}, "HealthCheckPort": "8080",
                                "TargetHealth": {"State": "unhealthy", "Reason": "Target.Timeout", "Description": "Request timed out"}}))
            lines = [{"timestamp": 1763632800000 + m * 1000, "message": f"INFO request {m} served in {m % 97} ms by worker {m % 8}",
                      "logStreamName": f"ecs/app/{tid}"} for m in range(36)]
            lines.append({"timestamp": 1763632900000, "message": "Uvicorn running on http://0.0.0.0:8000", "logStreamName": f"ecs/app/{tid}"})
            events.append((f"/ecs/{name}-{env}", lines))
    caps.append({"command": f"aws ecs describe-services --region {REGION}", "output": {"services": services, "failures": []}})
    caps.append({"command": f"aws ecs describe-tasks --region {REGION}", "output": {"tasks": tasks, "failures": []}})
    for td in tds:
        caps.append({"command": f"aws ecs describe-task-definition --task-definition {td['taskDefinition']['family']} --region {REGION}", "output": td})
    caps.append({"command": f"aws elbv2 describe-target-groups --region {REGION}", "output": {"TargetGroups": tgs}})
    by_tg = {}
    for tg, h in health:
        by_tg.setdefault(tg, []).append(h)
    for tg, hs in by_tg.items():
        caps.append({"command": f"aws elbv2 describe-target-health --target-group-arn {tg} --region {REGION}", "output": {"TargetHealthDescriptions": hs}})
    caps.append({"command": f"aws elbv2 describe-load-balancers --region {REGION}", "output": {"LoadBalancers": [
        {"LoadBalancerArn": lb, "LoadBalancerName": "shared", "DNSName": "shared.elb.amazonaws.com", "Scheme": "internet-facing",
         "Type": "application", "State": {"Code": "active"}, "VpcId": "vpc-00000000000000000", "SecurityGroups": ["sg-lb"],
         "AvailabilityZones": [{"ZoneName": f"{REGION}a", "SubnetId": subnets[0]["SubnetId"]}, {"ZoneName": f"{REGION}b", "SubnetId": subnets[1]["SubnetId"]}]}]}})
    caps.append({"command": f"aws ec2 describe-security-groups --region {REGION}", "output": {"SecurityGroups": groups}})
    caps.append({"command": f"aws ec2 describe-subnets --region {REGION}", "output": {"Subnets": subnets}})
    caps.append({"command": f"aws ec2 describe-route-tables --region {REGION}", "output": {"RouteTables": tables}})
    caps.append({"command": f"aws ec2 describe-vpc-endpoints --region {REGION}", "output": {"VpcEndpoints": endpoints}})
    for group, lines in events:
        stream = lines[0]["logStreamName"]
        caps.append({"command": f"aws logs get-log-events --log-group-name {group} --log-stream-name {stream} --region {REGION}",
                     "output": {"events": lines, "nextForwardToken": "f/1", "nextBackwardToken": "b/1"}})
    fixture = {"ecsTriageFixture": 1, "description": f"Synthetic account, {n} failing services (bench/scale.sh)", "region": REGION,
               "capturedAt": "2026-11-20T11:00:00Z", "captures": caps}
    with open(out, "w") as f:
        json.dump(fixture, f, indent=1)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
