package org.avrs.signal;

import org.avrs.cli.AvrsCommand;

/** Test fixture: a signal-module class importing the CLI, which the module rules must reject. */
public final class WrongWayFixture {
    private WrongWayFixture() {
    }

    static String wrongWay() {
        return AvrsCommand.version();
    }
}
