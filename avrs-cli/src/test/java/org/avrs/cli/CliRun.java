package org.avrs.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the avrs command in-process, capturing its exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs with the repository root as AVRS home (tests run in the module folder). */
    public static synchronized CliRun of(String... args) {
        System.setProperty("avrs.home", Path.of("..").toAbsolutePath().normalize().toString());
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter cliErr = new StringWriter();
        StringWriter cliOut = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = AvrsCommand.commandLine();
            cl.setErr(new PrintWriter(cliErr, true));
            cl.setOut(new PrintWriter(cliOut, true));
            int code = cl.execute(args);
            return new CliRun(code, cliOut + out.toString(StandardCharsets.UTF_8),
                    cliErr + err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
