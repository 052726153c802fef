package org.avrs.cli.eeg;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code avrs eeg …}: EEG emotion recognition. */
@Command(name = "eeg", mixinStandardHelpOptions = true,
        description = "EEG emotion recognition: evaluate pipelines on DEAP/SEED/DREAMER/IESD/EDF data, train a model "
                + "for the server, write "
                + "synthetic DEAP files.",
        subcommands = {EegEvalCommand.class, EegTrainCommand.class, EegSynthCommand.class})
public final class EegCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
