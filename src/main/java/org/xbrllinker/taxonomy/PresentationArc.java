package org.xbrllinker.taxonomy;

import java.math.BigDecimal;

/**
 * A parent-child arc of a presentation linkbase within one extended link role; {@code preferredLabel} is the label
 * role the child is shown with (period start/end, negated, total), null for the standard label. Names are prefix:LocalName.
 */
public record PresentationArc(String role, String parent, String child, BigDecimal order, String preferredLabel) {
}
