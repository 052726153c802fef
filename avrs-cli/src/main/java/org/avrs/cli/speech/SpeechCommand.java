package org.avrs.cli.speech;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code avrs speech …}: speech emotion recognition. */
@Command(name = "speech", mixinStandardHelpOptions = true,
        description = "Speech emotion recognition: train, evaluate and apply models.",
        subcommands = {SpeechEvalCommand.class, SpeechTrainCommand.class, SpeechPredictCommand.class})
public final class SpeechCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
