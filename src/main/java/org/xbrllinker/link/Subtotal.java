package org.xbrllinker.link;

import java.util.List;

/**
 * A change of a roll-forward that is the sum of other changes of the same roll-forward: the component's total other
 * comprehensive income beside the items it totals, the net change in cash beside the exchange-rate effect it includes.
 * The roll-forward check adds the total, never its parts again.
 *
 * @param row   the total's row number
 * @param parts the row numbers of the changes it totals
 * @param basis what shows it: {@code calculation} (a summation-item arc from the total's concept to each part's),
 *              {@code total label} (a total row whose value is the parts' sum in every column) or {@code numbers}
 *              (the parts' sum in at least two columns that are not zero)
 */
public record Subtotal(int row, List<Integer> parts, String basis) {

    public Subtotal {
        parts = List.copyOf(parts);
    }
}
