package org.regionaltc.priority;

/** DRAFT while written or carried forward and not yet confirmed; SUBMITTED counts; DROPPED is kept for the record. */
enum PriorityStatus {
    DRAFT, SUBMITTED, DROPPED
}
