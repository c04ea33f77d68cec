package org.conflictmap.control;

/** How certain a change of control is. */
public enum ControlStatus {
    /** Reported by several sides or independently verified. */
    CONFIRMED,
    /** Asserted by one side only. */
    CLAIMED,
    /** Fighting for the place goes on; neither side holds it firmly. */
    CONTESTED
}
