package org.regionaltc.priority;

/** National (one country), sub-regional (on behalf of a grouping) or regional (all of GRULAC). */
enum PriorityLevel {
    NATIONAL, SUB_REGIONAL, REGIONAL
}
