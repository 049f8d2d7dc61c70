package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flattened query lists, which none of our operations has: SimpleDB's GetAttributes (a test-only model,
 * src/test/resources/…/models/sdb.json, written by scripts/trim-aws-models.py). The SDK here has no SimpleDB
 * client, so the expected values are botocore 1.44.8's own parse and serialisation of the same body and request.
 */
class FlattenedListsTest {
    @Test
    void flattenedItemsRepeatUnderTheMembersLocationName() {
        // the response format of https://docs.aws.amazon.com/AmazonSimpleDB/latest/DeveloperGuide/SDB_API_GetAttributes.html
        String body = "<GetAttributesResponse><GetAttributesResult><Attribute><Name>Color</Name><Value>Blue</Value></Attribute>"
                + "<Attribute><Name>Size</Name><Value>Med</Value></Attribute><Attribute><Name>Price</Name><Value>14</Value></Attribute>"
                + "</GetAttributesResult><ResponseMetadata><RequestId>b1e8f1f7-42e9-494c-ad09-2674e557526d</RequestId>"
                + "<BoxUsage>0.0000219907</BoxUsage></ResponseMetadata></GetAttributesResponse>";
        assertEquals("{\"Attributes\":[{\"Name\":\"Color\",\"Value\":\"Blue\"},{\"Name\":\"Size\",\"Value\":\"Med\"},{\"Name\":\"Price\",\"Value\":\"14\"}]}",
                CliResponses.decode("sdb", "GetAttributes", body.getBytes(StandardCharsets.UTF_8)).toString());
        assertEquals("{}", CliResponses.decode("sdb", "GetAttributes",
                "<GetAttributesResponse><GetAttributesResult/></GetAttributesResponse>".getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Test
    void flattenedRequestListsAreNumberedWithoutMember() {
        assertEquals("Action=GetAttributes&Version=2009-04-15&DomainName=MyDomain&ItemName=JumboFez&AttributeName.1=Color&AttributeName.2=Size",
                QueryRequests.encode("sdb", "GetAttributes", Map.of("DomainName", "MyDomain", "ItemName", "JumboFez", "AttributeNames", List.of("Color", "Size"))));
    }
}
