package org.conflictmap.control;

import org.conflictmap.support.PostgisAppTest;

@PostgisAppTest
class ControlPostgisTest extends ControlContract {
}
