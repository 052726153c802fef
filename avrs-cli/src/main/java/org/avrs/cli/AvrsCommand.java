package org.avrs.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.avrs.core.AvrsVersion;
import org.avrs.core.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code avrs} command: one subcommand class per job. Exit codes: 0 success, 1 internal error,
 * 2 usage error, 3 bad input (a file or value that cannot be used; one line on stderr, no stack trace).
 */
@Command(name = "avrs",
        mixinStandardHelpOptions = true,
        versionProvider = AvrsCommand.Version.class,
        description = "AVRS — affective video recommender system: senses how a viewer feels and recommends videos from it.",
        subcommands = {CommandLine.HelpCommand.class, org.avrs.cli.demo.DemoCommand.class,
                org.avrs.cli.speech.SpeechCommand.class,
                org.avrs.cli.eeg.EegCommand.class,
                org.avrs.cli.physio.PhysioCommand.class,
                org.avrs.cli.features.FeaturesCommand.class,
                org.avrs.cli.recommend.RecommendCommand.class,
                org.avrs.cli.serve.ServeCommand.class})
public final class AvrsCommand implements Runnable {

    /** Exit code for bad input. */
    public static final int EXIT_BAD_INPUT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AvrsCommand());
        cl.setExecutionExceptionHandler(AvrsCommand::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InvalidInputException bad) {
            err.println("avrs: " + bad.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("avrs: " + io.getCause().getMessage());
            return EXIT_BAD_INPUT;
        }
        throw new IllegalStateException(e);
    }

    /** Reads the version Maven filtered into avrs-version.properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"avrs " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** This build's version, e.g. "0.1.0-SNAPSHOT". */
    public static String version() {
        return AvrsVersion.get();
    }
}
