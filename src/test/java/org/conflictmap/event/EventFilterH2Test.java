package org.conflictmap.event;

import org.conflictmap.support.H2AppTest;

/** The map filters on the embedded H2GIS database. */
@H2AppTest
class EventFilterH2Test extends EventFilterContract {
}
