package org.regionaltc.offer;

/** How firm an offer is: announced, committed in a budget law or decree, or already disbursed. */
public enum Firmness {
    INDICATIVE, COMMITTED, DISBURSED
}
