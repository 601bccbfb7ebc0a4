package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every shape of a hidden definition the viewer's copy has (r2text.py writes them as the copy does): the texts follow
 * the toggles, not the sections. Each shape below is taken from a real page of the shared data.
 */
class TextDefinitionShapesTest {

    private static final String PAGE = String.join("\n", "|", "Cover (Details)", "|", "Mar. 08, 2024",
            "|Document Type", "|8-K") + "\n";

    private static Definition only(String... entry) throws InputException {
        Disclosure d = new TextRPageParser().parse("t.txt", PAGE + String.join("\n", entry) + "\n");
        assertEquals(1, d.definitions().size());
        return d.definitions().get(0);
    }

    @Test
    void threeCaptionsTheDocumentationAfterTheSecondAndTheFirstReferenceLineAfterTheThird() throws InputException {
        // the seed's shape (3M's R1, dei:DocumentType)
        Definition d = only("|X", "- Definition", "+ References",
                "The type of document being provided (such as 10-K, 10-Q, 485BPOS, etc).", "+ Details",
                "Reference 1: http://www.xbrl.org/2003/role/presentationRef");
        assertEquals("The type of document being provided (such as 10-K, 10-Q, 485BPOS, etc).", d.documentation());
        assertEquals(List.of("http://www.xbrl.org/2003/role/presentationRef"), d.referenceRoles());
        assertNull(d.elementName());
    }

    @Test
    void twoCaptionsTheReferencesWholeAfterBothWithTheirParts() throws InputException {
        // no Definition section: the References section is the first, its whole text follows both toggles
        Definition d = only("|X", "- References", "+ Details",
                "Reference 1: http://www.xbrl.org/2003/role/disclosureRef", "-Publisher FASB",
                "-Name Accounting Standards Codification", "-Topic 210", "-SubTopic 10", "-Section S99",
                "-Paragraph 1", "Reference 2: http://www.xbrl.org/2003/role/exampleRef", "-Topic 310");
        assertNull(d.documentation());
        assertEquals(List.of("http://www.xbrl.org/2003/role/disclosureRef", "http://www.xbrl.org/2003/role/exampleRef"),
                d.referenceRoles());
        assertEquals(2, d.references().size());
        assertEquals("210", d.references().get(0).parts().get("Topic"));
        assertEquals("S99", d.references().get(0).parts().get("Section"));
        assertEquals("310", d.references().get(1).parts().get("Topic"));
        // "No definition available." in that place means no reference at all
        Definition none = only("|X", "- References", "+ Details", "No definition available.");
        assertEquals(List.of(), none.referenceRoles());
    }

    @Test
    void aDetailsOnlyEntryNamesItsMemberWithItsFieldsValuesOrNot() throws InputException {
        // every member row's definition (3M's R1), and the older renderers' open Details
        Definition d = only("|X", "- Details", "Name:", "us-gaap_StatementClassOfStockAxis=us-gaap_CommonStockMember",
                "Namespace Prefix:", "Data Type:", "na", "Balance Type:", "Period Type:");
        assertEquals("us-gaap_StatementClassOfStockAxis=us-gaap_CommonStockMember", d.elementName());
        assertEquals("na", d.details().get("Data Type"));
        assertEquals("", d.details().get("Namespace Prefix"));
        assertEquals("", d.details().get("Period Type"));
        assertNull(d.documentation());
        // a typed member (AeroVironment's fee exhibit), and a value on the field's own line
        assertEquals("ffd_OfferingAxis=1", only("|X", "- Details", "Name:", "ffd_OfferingAxis=1", "Namespace Prefix:",
                "Data Type:", "na", "Balance Type:", "Period Type:").elementName());
        Definition sameLine = only("|X", "- Details", "Name: us-gaap_Revenues", "Namespace Prefix: us-gaap_",
                "Data Type: xbrli:monetaryItemType", "Balance Type: credit", "Period Type: duration");
        assertEquals("us-gaap_Revenues", sameLine.elementName());
        assertEquals(Map.of("Name", "us-gaap_Revenues", "Namespace Prefix", "us-gaap_",
                "Data Type", "xbrli:monetaryItemType", "Balance Type", "credit", "Period Type", "duration"),
                sameLine.details());
    }

    @Test
    void malformedEntriesAreRefusedWithTheLineAndWhatWasExpected() {
        InputException before = assertThrows(InputException.class,
                () -> only("|X", "Amount of receivables.", "- Definition", "+ Details", "No definition available."));
        assertEquals("t.txt:8: expected a section caption (\"- Definition\", \"+ References\" or \"- Details\") after "
                + "\"|X\", found \"Amount of receivables.\"", before.getMessage());
        InputException field = assertThrows(InputException.class,
                () -> only("|X", "- Details", "Name:", "us-gaap_Revenues", "Colour:", "blue"));
        assertEquals("t.txt:11: expected a Details field (\"Name:\", \"Namespace Prefix:\", \"Data Type:\", "
                + "\"Balance Type:\" or \"Period Type:\"), found \"Colour:\"", field.getMessage());
        InputException four = assertThrows(InputException.class, () -> only("|X", "- Definition", "+ References",
                "Doc.", "+ Details", "No definition available.", "- Details", "Name:", "x_Y"));
        assertEquals("t.txt:7: expected at most three sections (Definition, References, Details) in a definition, "
                + "found 4", four.getMessage());
        InputException empty = assertThrows(InputException.class, () -> only("|X", "- Details"));
        assertEquals("t.txt:8: truncated definition block: expected \"Name:\" after \"- Details\"", empty.getMessage());
    }
}
