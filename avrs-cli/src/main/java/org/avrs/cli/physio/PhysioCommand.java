package org.avrs.cli.physio;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code avrs physio …}: heart and skin-conductance features and affect models. */
@Command(name = "physio", mixinStandardHelpOptions = true,
        description = "Physiological signals (ECG/PPG, EDA): features, event-related responses, valence/arousal models.",
        subcommands = {PhysioFeaturesCommand.class, PhysioEvalCommand.class})
public final class PhysioCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
