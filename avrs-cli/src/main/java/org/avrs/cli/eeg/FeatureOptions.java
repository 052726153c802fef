package org.avrs.cli.eeg;

import java.util.List;
import org.avrs.sensing.eeg.EegBands;
import org.avrs.sensing.eeg.WindowFeatures;
import org.avrs.signal.eeg.Band;
import picocli.CommandLine.Option;

/** The feature families of the de-* models, shared by {@code avrs eeg eval} and {@code train}. */
public final class FeatureOptions {

    @Option(names = "--features", defaultValue = "de,psd,dasm,rasm,hjorth",
            description = "Feature kinds for de-* models (default: ${DEFAULT-VALUE}).")
    String features;

    /**
     * The window features: these kinds on P3's five bands, or on {@code band} alone when it is given and
     * not "all".
     *
     * @throws IllegalArgumentException for an unknown kind
     */
    WindowFeatures.Config config(Band band) {
        WindowFeatures.Config f = WindowFeatures.Config.defaults().withKinds(WindowFeatures.Config.kinds(features));
        return band != null && !band.equals(EegBands.ALL) ? f.withBands(List.of(band)) : f;
    }
}
