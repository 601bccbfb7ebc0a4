package org.xbrllinker.link;

import java.util.List;

/**
 * A roll-forward a page shows: an opening balance, the changes of the period and a closing balance. The check adds,
 * in every column both balances show, the opening balance and each change to compare with the closing balance.
 *
 * @param opening the opening balance's row number
 * @param closing the closing balance's row number
 * @param changes the row numbers of its changes (rows of another kind of amount than the balance's left out: shares
 *                beside money)
 * @param label   what findings name it by: the heading of its section, or both balances' labels
 */
public record RollForward(int opening, int closing, List<Integer> changes, String label) {

    public RollForward {
        changes = List.copyOf(changes);
    }
}
