package org.regionaltc.funding;

/** The steps money takes: promised, agreed, received, allotted to a project, spent. */
public enum EntryType {
    PLEDGE, COMMITMENT, RECEIPT, ALLOTMENT, EXPENDITURE;

    boolean needsProject() {
        return this == ALLOTMENT || this == EXPENDITURE;
    }
}
