"""Builds the benchmarks' incidents in the emulator: seed 003's missing log group, deployed with CloudFormation as in
seed 000, behind an ALB; and in the same cluster three services made with the ECS API (moto keeps their network
configuration and load balancers, which it drops from CloudFormation-made ones): a healthy one beside it, and in
clusters of their own (moto's list-tasks ignores --service-name, so services sharing a cluster would share their
stopped tasks) an image tag that ECR does not have and tasks that fail the ALB's health checks.
Prints the names the benchmarks need as shell assignments. Usage: python live-scenario.py ENDPOINT"""
import json
import sys

import boto3

E, R = sys.argv[1], "ap-northeast-1"
kw = dict(endpoint_url=E, region_name=R, aws_access_key_id="testing", aws_secret_access_key="testing")
ec2, ecs, elb, cfn, logs, ecr = (boto3.client(s, **kw) for s in ("ec2", "ecs", "elbv2", "cloudformation", "logs", "ecr"))
vpc = ec2.create_vpc(CidrBlock="10.50.0.0/16")["Vpc"]["VpcId"]
ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsHostnames={"Value": True})
subnets = [ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.50.{i}.0/24", AvailabilityZone=R + z)["Subnet"]["SubnetId"]
           for i, z in ((1, "a"), (2, "c"))]
alb_sg = ec2.create_security_group(GroupName="vendor0919-alb-sg", Description="alb", VpcId=vpc)["GroupId"]
alb = elb.create_load_balancer(Name="vendor0919-alb", Subnets=subnets, SecurityGroups=[alb_sg])["LoadBalancers"][0]["LoadBalancerArn"]
tg = elb.create_target_group(Name="vendor0919-tg", Protocol="HTTP", Port=8080, VpcId=vpc, TargetType="ip",
                             HealthCheckPath="/")["TargetGroups"][0]["TargetGroupArn"]
elb.create_listener(LoadBalancerArn=alb, Protocol="HTTP", Port=80, DefaultActions=[{"Type": "forward", "TargetGroupArn": tg}])
template = {"Resources": {
    "TaskSG": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "tasks", "VpcId": vpc}},
    "Cluster": {"Type": "AWS::ECS::Cluster", "Properties": {"ClusterName": "vendor0919-cluster"}},
    "TaskDefinition": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
        "Family": "vendor0919-task", "NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "Cpu": "256", "Memory": "512",
        "ContainerDefinitions": [{"Name": "api", "Image": f"123456789012.dkr.ecr.{R}.amazonaws.com/vendor0919-api:latest",
                                  "Cpu": 256, "Memory": 512, "Essential": True, "PortMappings": [{"ContainerPort": 8080}],
                                  "LogConfiguration": {"LogDriver": "awslogs", "Options": {
                                      "awslogs-group": "/ecs/vendor0919-api", "awslogs-region": R, "awslogs-stream-prefix": "ecs"}}}]}},
    "Service": {"Type": "AWS::ECS::Service", "Properties": {
        "Cluster": {"Ref": "Cluster"}, "ServiceName": "vendor0919-service", "TaskDefinition": {"Ref": "TaskDefinition"},
        "DesiredCount": 1, "LaunchType": "FARGATE", "NetworkConfiguration": {"AwsvpcConfiguration": {
            "Subnets": [subnets[0]], "SecurityGroups": [{"Ref": "TaskSG"}], "AssignPublicIp": "ENABLED"}}}}}}
cfn.create_stack(StackName="vendor0919", TemplateBody=json.dumps(template))
task_sg = [r["PhysicalResourceId"] for r in cfn.list_stack_resources(StackName="vendor0919")["StackResourceSummaries"]
           if r["LogicalResourceId"] == "TaskSG"][0]
reason = ("ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create "
          "Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1")
for _ in range(3):
    t = ecs.run_task(cluster="vendor0919-cluster", taskDefinition="vendor0919-task:1", launchType="FARGATE",
                     group="service:vendor0919-service", startedBy="ecs-svc/4873190262518807713", count=1,
                     networkConfiguration={"awsvpcConfiguration": {"subnets": [subnets[0]], "securityGroups": [task_sg]}})
    ecs.stop_task(cluster="vendor0919-cluster", task=t["tasks"][0]["taskArn"], reason=reason)

ACCOUNT = "123456789012"


def task_definition(family, image, group):
    logs.create_log_group(logGroupName=group)
    return ecs.register_task_definition(
        family=family, networkMode="awsvpc", requiresCompatibilities=["FARGATE"], cpu="256", memory="512",
        executionRoleArn=f"arn:aws:iam::{ACCOUNT}:role/ecsTaskExecutionRole",
        containerDefinitions=[{"name": "app", "image": image, "cpu": 256, "memory": 512, "essential": True,
                               "portMappings": [{"containerPort": 8080}],
                               "logConfiguration": {"logDriver": "awslogs", "options": {
                                   "awslogs-group": group, "awslogs-region": R, "awslogs-stream-prefix": "ecs"}}}],
    )["taskDefinition"]["taskDefinitionArn"]


def service(cluster, name, td, target_group=None):
    if cluster != "vendor0919-cluster":
        ecs.create_cluster(clusterName=cluster)
    lbs = [{"targetGroupArn": target_group, "containerName": "app", "containerPort": 8080}] if target_group else []
    ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=1,
                       launchType="FARGATE", loadBalancers=lbs, networkConfiguration={"awsvpcConfiguration": {
                           "subnets": subnets, "securityGroups": [task_sg], "assignPublicIp": "DISABLED"}})


def tasks(cluster, name, td, stop_reason, n):
    for _ in range(n):
        t = ecs.run_task(cluster=cluster, taskDefinition=td, launchType="FARGATE", group=f"service:{name}",
                         startedBy="ecs-svc/1234567890123456789", count=1,
                         networkConfiguration={"awsvpcConfiguration": {"subnets": [subnets[0]], "securityGroups": [task_sg]}})
        if stop_reason:
            ecs.stop_task(cluster=cluster, task=t["tasks"][0]["taskArn"], reason=stop_reason)


repo = f"{ACCOUNT}.dkr.ecr.{R}.amazonaws.com/vendor0919-worker"
ecr.create_repository(repositoryName="vendor0919-worker")
ecr.put_image(repositoryName="vendor0919-worker", imageTag="v1", imageManifest=json.dumps(
    {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
     "config": {"digest": "sha256:" + "1" * 64, "size": 1, "mediaType": "application/vnd.docker.container.image.v1+json"},
     "layers": []}))
worker = task_definition("vendor0919-worker", repo + ":v2", "/ecs/vendor0919-worker")
service("vendor0919-images", "vendor0919-worker", worker)
tasks("vendor0919-images", "vendor0919-worker", worker, f"CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve "
      f"ref {repo}:v2: {repo}:v2: not found", 3)

web_tg = elb.create_target_group(Name="vendor0919-web-tg", Protocol="HTTP", Port=8080, VpcId=vpc, TargetType="ip",
                                 HealthCheckPath="/health")["TargetGroups"][0]["TargetGroupArn"]
elb.create_listener(LoadBalancerArn=alb, Protocol="HTTP", Port=8080, DefaultActions=[{"Type": "forward", "TargetGroupArn": web_tg}])
web = task_definition("vendor0919-web", "public.ecr.aws/nginx/nginx:1.27", "/ecs/vendor0919-web")
service("vendor0919-web", "vendor0919-web", web, web_tg)
tasks("vendor0919-web", "vendor0919-web", web, f"Task failed ELB health checks in (target-group {web_tg})", 3)

cron = task_definition("vendor0919-cron", "public.ecr.aws/docker/library/busybox:1.36", "/ecs/vendor0919-cron")
service("vendor0919-cluster", "vendor0919-cron", cron)
tasks("vendor0919-cluster", "vendor0919-cron", cron, None, 1)

print("INCIDENTS='vendor0919-cluster/vendor0919-service vendor0919-images/vendor0919-worker vendor0919-web/vendor0919-web'")
print(f"STACK=vendor0919 CLUSTER=vendor0919-cluster SERVICE=vendor0919-service TG_ARN={tg} ALB_ARN={alb} LOG_GROUP=/ecs/vendor0919-api")
