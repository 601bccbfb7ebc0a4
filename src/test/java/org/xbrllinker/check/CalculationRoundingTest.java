package org.xbrllinker.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbrllinker.link.Fact;
import org.xbrllinker.link.FactCell;
import org.xbrllinker.link.LineItem;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.link.Period;
import org.xbrllinker.parse.ColumnHeader;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.Row;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.taxonomy.Balance;
import org.xbrllinker.taxonomy.CalculationArc;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.PeriodType;

/**
 * The calculation check's arithmetic in each mode, as {@link Summations} does it: Calculations 1.1 round-to-nearest
 * (the value ranges of the total and of the sum overlap) and XBRL 2.1 (each value rounded to its decimals, ties to
 * even, the sum rounded as the total is, then equal). The computed sum is the sum of the values as reported (c11r) or
 * as rounded (xbrl21).
 */
class CalculationRoundingTest {

    private static final String NS = "http://example.com/test/2024";

    @ParameterizedTest(name = "total {0} (decimals {1}) = {2} (decimals {3}) + {4} (decimals {5}): c11r {6}, xbrl21 {7}")
    @CsvSource({
            // exact sums
            "1000, 0, 400, 0, 600, 0, pass, pass, 1000",
            // 1001 ± 1 and 1000 ± 0.5 share [1000, 1000.5]; rounded, 1001 is not 1000
            "1000, 0, 400, 0, 601, 0, pass, fail, 1001",
            // total in thousands
            "1000, -3, 400, 0, 600, 0, pass, pass, 1000",
            "2000, -3, 500, 0, 1500, 0, pass, pass, 2000",
            "2000, -3, -2500, 0, 4500, 0, pass, pass, 2000",
            // children in thousands: 2,000 ± 1,000 holds 2,049 and 2,600; rounded to units they are 2,000
            "2049, 0, 1000, -3, 1000, -3, pass, fail, 2000",
            "2600, 0, 1000, -3, 1000, -3, pass, fail, 2000",
            // too far for any reading
            "3600, 0, 1000, -3, 1000, -3, fail, fail, 2000",
    })
    void judgesInEachMode(String total, int td, String a, int ad, String b, int bd, String c11r, String xbrl21,
                          String computed) {
        judge(total, td, a, ad, b, bd, CalcMode.C11R, c11r, computed);
        judge(total, td, a, ad, b, bd, CalcMode.XBRL21, xbrl21, null);
    }

    private static void judge(String total, int td, String a, int ad, String b, int bd, CalcMode mode, String status,
                              String computed) {
        Concept p = concept("Total");
        Concept ca = concept("PartA");
        Concept cb = concept("PartB");
        Period period = Period.instant(LocalDate.of(2024, 12, 31));
        List<LineItem> items = new ArrayList<>();
        items.add(item(1, ca, new Fact(ca, period, "USD", new BigDecimal(a), ad)));
        items.add(item(2, cb, new Fact(cb, period, "USD", new BigDecimal(b), bd)));
        items.add(item(3, p, new Fact(p, period, "USD", new BigDecimal(total), td)));
        String role = "http://example.com/role/test";
        List<CalculationArc> arcs = List.of(
                new CalculationArc(role, p.qname(), ca.qname(), BigDecimal.ONE, BigDecimal.ONE),
                new CalculationArc(role, p.qname(), cb.qname(), BigDecimal.ONE, BigDecimal.valueOf(2)));
        Disclosure d = new Disclosure("calc.txt", "Test", "USD ($)", "USD", BigDecimal.ONE,
                List.of(new ColumnHeader(0, null, null, LocalDate.of(2024, 12, 31), "Dec. 31, 2024")),
                items.stream().map(LineItem::row).toList(), List.of());
        LinkedDisclosure linked = new LinkedDisclosure(d, items, List.of(p, ca, cb), arcs);

        Iris iris = Iris.defaults();
        XbrlStore store = XbrlStore.inMemory();
        String g = iris.disclosureGraph("calc.txt");
        store.replaceGraphs(Map.of(g, new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE).map(linked)));
        Check calculation = CheckCatalogue.load(List.of()).checks().stream()
                .filter(c -> c.id().equals("calculation")).findFirst().orElseThrow();
        List<Finding> findings = new CheckRunner(catalogueOf(calculation), iris, mode).run(store, List.of(g));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(status, findings.get(0).status(), mode + ": " + findings.get(0).message());
        assertTrue(findings.get(0).message().endsWith("[" + mode.title() + "]"), findings.get(0).message());
        if (computed != null) {
            assertEquals(new BigDecimal(computed), findings.get(0).computed().stripTrailingZeros().setScale(0));
        }
    }

    private static CheckCatalogue catalogueOf(Check check) {
        return CheckCatalogue.of(List.of(check));
    }

    private static Concept concept(String name) {
        return new Concept(NS, "test", name, "xbrli:monetaryItemType", Balance.DEBIT, PeriodType.INSTANT, false,
                "xbrli:item", Map.of(LabelRoles.STANDARD, name), List.of());
    }

    private static LineItem item(int row, Concept c, Fact fact) {
        SourceLocation at = SourceLocation.of("calc.txt", row);
        Row r = new Row(row, c.localName(), false, List.of(), null, at);
        FactCell cell = new FactCell(row, 0, fact.value().toPlainString(), fact.value(), false, fact, at);
        return new LineItem(r, null, c, false, LabelRoles.STANDARD, false, 1.0, List.of(), 0, 1, 1.0, List.of(cell));
    }
}
