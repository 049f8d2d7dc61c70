package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import java.util.List;

/**
 * The reads of one AWS service, behind one interface: each collector declares every call it can make, so the
 * IAM policy, the warm-up recording and the read-only guard are checked against the declarations
 * (CollectorDeclarationsTest) rather than against a list kept by hand.
 */
public interface Collector {

    /** Every call this collector can make: service and operation, without values or Region. */
    List<AwsCall> reads();

    /** Every collector of a live collection, in the order their captures are written. */
    static List<Collector> all(io.ecstriage.aws.AwsClients aws, Recorder rec) {
        return List.of(new CloudFormationCollector(aws, rec), new EcsCollector(aws, rec), new ElbCollector(aws, rec),
                new Ec2Collector(aws, rec), new LogsCollector(aws, rec), new EcrCollector(aws, rec), new AmplifyCollector(aws, rec),
                new IamCollector(aws, rec));
    }
}
