package org.regionaltc.project;

public enum ProjectScope {
    NATIONAL, SUB_REGIONAL, REGIONAL, INTERREGIONAL
}
