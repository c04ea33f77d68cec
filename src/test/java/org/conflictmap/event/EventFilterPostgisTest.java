package org.conflictmap.event;

import org.conflictmap.support.PostgisAppTest;

/** The map filters on PostGIS. */
@PostgisAppTest
class EventFilterPostgisTest extends EventFilterContract {
}
