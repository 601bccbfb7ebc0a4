package org.xbrllinker.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCatalogueTest {

    @TempDir
    Path tmp;

    @Test
    void bundledChecksCoverEveryFamilyAndAFolderAddsMore() throws Exception {
        Files.writeString(tmp.resolve("mine.rq"), """
                # id: cross-reference.my-own
                # severity: info
                # description: a steward's own check
                # message: {n} line items
                SELECT ?g ?status ?n WHERE { BIND("pass" AS ?status) BIND(1 AS ?n) }
                """);
        List<String> ids = CheckCatalogue.load(List.of(tmp)).checks().stream().map(Check::id).toList();
        assertEquals(List.of("calculation", "calculation.arc-balance", "calculation.instance", "continuity",
                "cross-reference.extension-without-reference",
                "cross-reference.label-contradicts-concept", "cross-reference.my-own",
                "cross-reference.page-reference-role", "cross-reference.reference-roles",
                "cross-reference.unknown-role", "duplicate", "duplicate.instance", "roll-forward", "roll-forward.instance"), ids);
    }

    @Test
    void aHeaderWithoutIdOrWithABadSeverityIsRefusedNamingTheFile() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Check.parse("broken.rq", "# severity: error\n# message: x\nSELECT ?g ?status WHERE {}"));
        assertEquals("broken.rq: check header lacks # id:", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Check.parse("loud.rq", "# id: x\n# severity: fatal\n# message: x\nSELECT ?g ?status WHERE {}"));
        assertTrue(e.getMessage().startsWith("loud.rq: severity \"fatal\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Check.parse("noG.rq", "# id: x\n# severity: info\n# message: x\nSELECT ?status WHERE {}"));
        assertEquals("noG.rq: a check is a SELECT that returns ?g and ?status", e.getMessage());
    }

    @Test
    void checksAreSelectedByIdOrFamilyAndAnUnknownNameIsRefused() throws Exception {
        CheckCatalogue all = CheckCatalogue.load(List.of());
        assertEquals(all, all.select(List.of()));
        assertEquals(List.of("roll-forward", "roll-forward.instance"),
                all.select(List.of("roll-forward")).checks().stream().map(Check::id).toList());
        assertEquals(List.of("calculation.instance", "cross-reference.unknown-role"),
                all.select(List.of("cross-reference.unknown-role", "calculation.instance")).checks().stream()
                        .map(Check::id).toList());
        assertEquals(5, all.select(List.of("cross-reference")).checks().size());
        var e = assertThrows(IllegalArgumentException.class, () -> all.select(List.of("calculation", "cross", "dup")));
        assertEquals("no check has the id cross, dup", e.getMessage());
    }

    @Test
    void aFolderCheckIsNamedByItsPathAndMayNotTakeABundledId() throws Exception {
        Path mine = Files.writeString(tmp.resolve("mine.rq"), """
                # id: calculation
                # severity: info
                # message: again
                SELECT ?g ?status WHERE { BIND("pass" AS ?status) }
                """);
        var e = assertThrows(IllegalArgumentException.class, () -> CheckCatalogue.load(List.of(tmp)));
        assertEquals(mine + ": check id \"calculation\" is already the id of calculation.rq", e.getMessage());
    }

    @Test
    void amountsAreFormattedExactlyWithSeparatorsAndSigns() {
        assertEquals("1,475,983", Amounts.format(new BigDecimal("1475983")));
        assertEquals("\u221220,817", Amounts.format(new BigDecimal("-20817.0")));
        assertEquals("0.125", Amounts.format(new BigDecimal("0.1250")));
        assertEquals("1,121,115 + 391,189 \u2212 86,170 + 49,849",
                Amounts.sum("5|49849 0|1121115 3|391189 4|-86170"));
        assertEquals("874,355 and 874,535", Amounts.list("874355.0 874535"));
    }
}
