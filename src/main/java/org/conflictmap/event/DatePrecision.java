package org.conflictmap.event;

/** How precisely a date is known (ACLED's time precision 1, 2, 3). */
public enum DatePrecision {
    DAY, WEEK, MONTH
}
