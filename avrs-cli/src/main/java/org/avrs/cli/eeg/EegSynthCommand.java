package org.avrs.cli.eeg;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.avrs.sensing.eeg.SyntheticDeap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code avrs eeg synth}: writes seeded synthetic participant files in DEAP's preprocessed layout. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write synthetic DEAP files (s01.mat …) with a planted valence effect (gamma bursts on chosen "
                + "channels) and a planted arousal effect (heart rate and skin-conductance responses).",
            "The files have DEAP's layout: data trials × 40 × samples at 128 Hz, labels trials × 4."})
public final class EegSynthCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created).")
    Path out;

    @Option(names = "--subjects", required = true, paramLabel = "N", description = "Participants, 1–999.")
    int subjects;

    @Option(names = "--trials", defaultValue = "40", description = "Trials per participant (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--seconds", defaultValue = "60",
            description = "Seconds per trial after the 3 s baseline (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--effect", defaultValue = "1.0",
            description = "Relative burst-amplitude increase in high-valence trials; 0 = none (default: ${DEFAULT-VALUE}).")
    double effect;

    @Option(names = "--physio-effect", defaultValue = "1.0",
            description = "Arousal effect on SCR rate and heart rate; 0 = none (default: ${DEFAULT-VALUE}).")
    double physioEffect;

    @Option(names = "--trial-variability", defaultValue = "0", paramLabel = "SD",
            description = "Log-SD of per-trial channel gains, a label-free trial signature (default: ${DEFAULT-VALUE}).")
    double trialVariability;

    @Option(names = "--planted", paramLabel = "CH,CH",
            description = "Channels with bursts (default: F7,F8,FC5,FC6,T7,T8).")
    String planted;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        SyntheticDeap.Config c;
        try {
            SyntheticDeap.Config d = SyntheticDeap.Config.small(subjects, trials, seconds).withEffects(effect, physioEffect)
                    .withSeed(seed).withTrialVariability(trialVariability);
            c = planted == null ? d : d.withPlanted(Arrays.stream(planted.split(",")).map(String::strip).toList());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Path> files = SyntheticDeap.write(c, out);
        spec.commandLine().getOut().printf("wrote %d synthetic DEAP files to %s (planted %s, seed %d)%n", files.size(),
                out, c.plantedChannels(), c.seed());
        return 0;
    }
}
