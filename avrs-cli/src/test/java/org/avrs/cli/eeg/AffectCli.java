package org.avrs.cli.eeg;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.avrs.cli.AvrsCommand;
import org.avrs.cli.physio.PhysioCommand;
import picocli.CommandLine;

/**
 * Runs {@code avrs eeg …} and {@code avrs physio …} in-process through the real {@code avrs} command
 * line (its exit-code mapping included), registering the two commands first if the root command does not
 * list them yet.
 */
public record AffectCli(int exitCode, String out, String err) {

    public static AffectCli run(String... args) {
        CommandLine cl = AvrsCommand.commandLine();
        if (!cl.getSubcommands().containsKey("eeg")) {
            cl.addSubcommand(new EegCommand());
        }
        if (!cl.getSubcommands().containsKey("physio")) {
            cl.addSubcommand(new PhysioCommand());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new AffectCli(code, out.toString(), err.toString());
    }
}
