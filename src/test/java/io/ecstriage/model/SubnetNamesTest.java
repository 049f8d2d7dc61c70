package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetNamesTest {
    @Test
    void aNameInTheErrorIsNotAnId() {
        String d011 = "Invalid request provided: CreateService error: Error retrieving subnet information for [birdzview]: The subnet ID 'birdzview'"
                + " does not exist (ErrorCode: InvalidSubnetID.NotFound)";
        assertEquals(List.of("birdzview"), SubnetNames.notIds(d011));
    }

    @Test
    void shortAndLongIdsAreIds() {
        assertEquals(List.of(), SubnetNames.notIds("The subnet ID 'subnet-0a1b2c3d4e5f60718' does not exist"));
        assertEquals(List.of(), SubnetNames.notIds("Error retrieving subnet information for [subnet-0a1b2c3d, subnet-0a1b2c3d4e5f60718]"));
    }

    @Test
    void onlyTheNamesOfAMixedListAreReturned() {
        assertEquals(List.of("private-a"), SubnetNames.notIds("Error retrieving subnet information for [subnet-0a1b2c3d, private-a]"));
    }

    @Test
    void noSubnetInTheTextNamesNothing() {
        assertEquals(List.of(), SubnetNames.notIds("Resource timed out waiting for completion"));
        assertEquals(List.of(), SubnetNames.notIds(null));
    }
}
