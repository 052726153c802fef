package org.avrs.cli.features;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.avrs.cli.AvrsCommand;
import picocli.CommandLine;

/**
 * Runs {@code avrs features …} in-process through the real {@code avrs} command line (its exit-code
 * mapping included), registering the subcommand first if the root command does not list it yet.
 */
record FeaturesRun(int exitCode, String out, String err) {

    static FeaturesRun of(String... args) {
        CommandLine cl = AvrsCommand.commandLine();
        if (!cl.getSubcommands().containsKey("features")) {
            cl.addSubcommand(new FeaturesCommand());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "features";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = cl.execute(full);
        return new FeaturesRun(code, out.toString(), err.toString());
    }

    /** The CSV lines of stdout. */
    String[] lines() {
        return out.strip().split("\n");
    }
}
