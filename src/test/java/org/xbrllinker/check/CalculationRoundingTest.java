package org.xbrllinker.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The calculation check's Calculations 1.1 arithmetic: every value is rounded to the coarsest decimals among the
 * total and its contributors, ties to even, and only then compared.
 */
class CalculationRoundingTest {

    private static final String NS = "http://example.com/test/2024";

    @ParameterizedTest(name = "total {0} (decimals {1}) = {2} (decimals {3}) + {4} (decimals {5}) is {6}")
    @CsvSource({
            // exact sums
            "1000, 0, 400, 0, 600, 0, pass, 1000",
            "1000, 0, 400, 0, 601, 0, fail, 1001",
            // total in thousands: children rounded to thousands first (0.4 -> 0, 0.6 -> 1)
            "1000, -3, 400, 0, 600, 0, pass, 1000",
            // ties go to the even neighbour: 500 -> 0, 1500 -> 2000; rounding ties up would give 3000
            "2000, -3, 500, 0, 1500, 0, pass, 2000",
            // -2500 -> -2000 (even), 4500 -> 4000 (even): 2000
            "2000, -3, -2500, 0, 4500, 0, pass, 2000",
            // the total is rounded too: 2049 at decimals 0 against children in thousands
            "2049, 0, 1000, -3, 1000, -3, pass, 2000",
            "2600, 0, 1000, -3, 1000, -3, fail, 2000",
    })
    void roundsToTheCoarsestDecimalsWithTiesToEven(String total, int td, String a, int ad, String b, int bd,
                                                   String status, String computed) {
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
        List<Finding> findings = new CheckRunner(catalogueOf(calculation), iris).run(store, List.of(g));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(status, findings.get(0).status(), findings.get(0).message());
        assertEquals(new BigDecimal(computed), findings.get(0).computed().stripTrailingZeros().setScale(0));
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
