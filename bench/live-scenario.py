"""Builds the benchmark's incident in the emulator (seed 003's missing log group, deployed with CloudFormation as in
seed 000, behind an ALB): prints the names the checklist needs as shell assignments. Usage: python live-scenario.py ENDPOINT"""
import json
import sys

import boto3

E, R = sys.argv[1], "ap-northeast-1"
kw = dict(endpoint_url=E, region_name=R, aws_access_key_id="testing", aws_secret_access_key="testing")
ec2, ecs, elb, cfn = (boto3.client(s, **kw) for s in ("ec2", "ecs", "elbv2", "cloudformation"))
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
print(f"STACK=vendor0919 CLUSTER=vendor0919-cluster SERVICE=vendor0919-service TG_ARN={tg} ALB_ARN={alb} LOG_GROUP=/ecs/vendor0919-api")
