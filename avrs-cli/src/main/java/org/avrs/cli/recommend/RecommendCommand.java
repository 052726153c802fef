package org.avrs.cli.recommend;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code avrs recommend}: offline evaluation and explained top-k lists. Register this class as a
 * subcommand of {@code AvrsCommand}; it brings {@code eval} and {@code top}.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Affect-aware recommendation: evaluate algorithms, or list a viewer's top videos.",
        subcommands = {RecommendEval.class, RecommendTop.class})
public final class RecommendCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
