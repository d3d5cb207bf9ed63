package org.regionaltc.cli;

import java.io.PrintWriter;

/** Lets tests of other features run the command line with their own output streams. */
public final class CommandLineInterfaceAccess {

    private CommandLineInterfaceAccess() {
    }

    public static int run(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
        return CommandLineInterface.run(application, out, err, args);
    }
}
