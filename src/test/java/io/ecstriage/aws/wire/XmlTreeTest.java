package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class XmlTreeTest {
    @Test
    void readsElementsTextEntitiesAndCdataSkippingTheRest() {
        XmlTree root = XmlTree.parse("<?xml version=\"1.0\"?>\n<!-- c --><a:Root xmlns:a=\"urn:x\" k='>'>"
                + "<b>x &lt;&#65;&#x42;&gt; &amp;</b><c/><b><![CDATA[<raw>]]></b><d attr=\"1\">\r\nline\rtwo</d></a:Root>");
        assertEquals("Root", root.name());
        assertEquals(4, root.children().size());
        assertEquals("x <AB> &", root.child("b").text());
        assertEquals("<raw>", root.all("b").get(1).text());
        assertEquals("", root.child("c").text());
        assertEquals("\nline\ntwo", root.child("d").text(), "line ends normalised as XML parsers do");
        assertNull(root.child("missing"));
    }

    @Test
    void refusesWhatIsNotWellFormed() {
        assertNull(XmlTree.parse("no markup"));
        assertThrows(IllegalArgumentException.class, () -> XmlTree.parse("<a><b>text</b>"));
        assertThrows(IllegalArgumentException.class, () -> XmlTree.parse("<a>&nbsp;</a>"));
        assertThrows(IllegalArgumentException.class, () -> XmlTree.parse("<a attr=\"x"));
    }
}
