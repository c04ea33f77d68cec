package org.conflictmap.control;

import org.conflictmap.support.H2AppTest;

@H2AppTest
class ControlH2Test extends ControlContract {
}
