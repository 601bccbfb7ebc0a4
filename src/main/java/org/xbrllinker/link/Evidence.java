package org.xbrllinker.link;

/** One reason for a link, with the weight it adds to the confidence (0..1, combined as a noisy-or). */
public record Evidence(String kind, String detail, double weight) {
}
