package io.ecstriage.rules.network;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlbSubnetsSameAzTest extends RuleCases {
    private static final String ID = "AlbSubnetsSameAz";

    AlbSubnetsSameAzTest() {
        super(ID);
    }

    /** The new subnet takes the first /24 of the VPC's range no subnet uses, in a zone the load balancer lacks. */
    @Test
    void aSubnetInAFreeRangeAndAnotherZoneIsCreatedAndMadePublic() {
        assertEquals(List.of(
                "NEW_SUBNET=$(aws ec2 create-subnet --vpc-id vpc-0484f20452b5a7773 --cidr-block 10.0.0.0/24 --availability-zone ap-northeast-1c"
                        + " --query Subnet.SubnetId --output text --region ap-northeast-1)",
                "aws ec2 modify-subnet-attribute --subnet-id \"$NEW_SUBNET\" --map-public-ip-on-launch --region ap-northeast-1"),
                finding(Fixtures.diagnose(ID, "fires-free-range-known.json"), ID).fix().commands());
    }

    @Test
    void withoutTheVpcsRangeNoSubnetIsProposed() {
        assertEquals(List.of(), finding(Fixtures.diagnose(ID, "fires-single-az-config.json"), ID).fix().commands());
    }
}
