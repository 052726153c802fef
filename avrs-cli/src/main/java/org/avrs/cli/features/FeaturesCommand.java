package org.avrs.cli.features;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.io.AtomicFiles;
import org.avrs.signal.eeg.Band;
import org.avrs.signal.io.Recording;
import org.avrs.signal.io.SignalReaders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code avrs features <extractor> <file>}: runs one feature extractor on a recording and prints (or
 * writes) CSV — a header {@code time,<named columns>}, then one row per frame or window, or one row
 * for whole-record features. Files are read with {@link SignalReaders} (WAV, EDF/EDF+/BDF, CSV with
 * {@code --rate}). Exit codes: 2 for usage errors (unknown extractor, bad option value, a missing
 * {@code --rate} for CSV), 3 for bad input (unreadable file, missing channel, a signal that does not
 * fit), via the {@code avrs} command's handler. Warnings (e.g. no beats found) go to stderr.
 */
@Command(name = "features", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract features from a recording and print them as CSV.",
            "",
            "Extractors (docs/features.md lists their defaults and columns):",
            "  mfcc           MFCC, librosa 0.10 feature.mfcc; a row per frame",
            "  fbank          log-mel energies in dB; a row per frame",
            "  plp            PLP cepstra (Hermansky 1990); a row per frame",
            "  imemd43        IMEMD features: not available yet",
            "  eeg-bandpower  Welch band power, absolute and relative; a row per window",
            "  eeg-de         differential entropy per band; a row per window",
            "  eeg-asymmetry  DASM/RASM over the 10-20 pairs present; a row per window",
            "  hjorth         activity, mobility, complexity; whole record by default",
            "  channel-stats  mean, variance, RMS, skewness, kurtosis; whole record",
            "  hrv            heart rate and HRV from ECG or PPG peaks; one row",
            "  eda            tonic level and SCR summary; one row",
            "  scr            skin conductance responses; a row per SCR",
            "",
            "Speech extractors mix the channels to mono at the file's rate. EEG",
            "extractors use every channel of the file's first signal unless",
            "--channel is given; hrv and eda read the ECG (PPG) or EDA channel.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:features written", "2:usage error", "3:bad input (file, channel, signal)"})
public final class FeaturesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXTRACTOR", description = "One of the extractors listed above.")
    String extractor;

    @Parameters(index = "1", paramLabel = "FILE", description = "A WAV, EDF/EDF+/BDF or CSV recording.")
    Path file;

    @Option(names = "--channel", split = ",", paramLabel = "NAME",
            description = "Channels to use (repeat or separate by commas); default: see above.")
    List<String> channels = new ArrayList<>();

    @Option(names = "--rate", paramLabel = "HZ", description = "Sample rate of a CSV file (required for CSV).")
    Double rate;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here (atomically) instead of stdout.")
    Path out;

    @CommandLine.ArgGroup(validate = false, heading = "%nmfcc / fbank / plp options (defaults: Mfcc.Config, librosa 0.10%n"
            + "feature.mfcc with n_fft 512, win 400, hop 160, 40 Slaney mels):%n")
    SpeechOptions speech = new SpeechOptions();

    @CommandLine.ArgGroup(validate = false, heading = "%nEEG options:%n")
    EegOptions eeg = new EegOptions();

    @CommandLine.ArgGroup(validate = false, heading = "%nPhysiology options:%n")
    PhysioOptions physio = new PhysioOptions();

    /** The frame options of the speech extractors. */
    static final class SpeechOptions {
        @Option(names = "--n-mfcc", paramLabel = "N", defaultValue = "13", description = "MFCC coefficients (default ${DEFAULT-VALUE}).")
        int nMfcc;

        @Option(names = "--n-fft", paramLabel = "N", defaultValue = "512", description = "FFT length in samples (default ${DEFAULT-VALUE}).")
        int nFft;

        @Option(names = "--win", paramLabel = "N", defaultValue = "400", description = "Window length in samples (default ${DEFAULT-VALUE}).")
        int win;

        @Option(names = "--hop", paramLabel = "N", defaultValue = "160", description = "Hop length in samples (default ${DEFAULT-VALUE}).")
        int hop;

        @Option(names = "--n-mels", paramLabel = "N", defaultValue = "40", description = "Mel bands (default ${DEFAULT-VALUE}).")
        int nMels;

        @Option(names = "--fmin", paramLabel = "HZ", defaultValue = "0", description = "Lowest mel edge in Hz (default ${DEFAULT-VALUE}).")
        double fmin;

        @Option(names = "--fmax", paramLabel = "HZ", defaultValue = "0",
                description = "Highest mel edge in Hz; <= 0 means Nyquist + fmax (default ${DEFAULT-VALUE}: Nyquist).")
        double fmax;

        @Option(names = "--htk", description = "HTK mel scale instead of Slaney (the normalisation stays Slaney's).")
        boolean htk;
    }

    /** The window and band options of the EEG extractors. */
    static final class EegOptions {
        @Option(names = "--window", paramLabel = "S",
                description = "Window length in s; 0 = whole record (default: 2 for eeg-*, 0 for hjorth and channel-stats).")
        Double window;

        @Option(names = "--step", paramLabel = "S", description = "Window step in s (default: half the window).")
        Double step;

        @Option(names = "--bands", paramLabel = "NAME:LO-HI,...",
                description = "Bands in Hz (default delta:1-4,theta:4-8,alpha:8-14,beta:14-30,gamma:30-50).")
        String bands;

        @Option(names = "--segment", defaultValue = "1", paramLabel = "S",
                description = "Welch segment length in s for eeg-bandpower (default ${DEFAULT-VALUE}).")
        double segment;

        @Option(names = "--filter-order", defaultValue = "4", paramLabel = "N",
                description = "Butterworth order of the DE band-pass filters (default ${DEFAULT-VALUE}, 2N poles).")
        int filterOrder;
    }

    /** The options of the physiological extractors. */
    static final class PhysioOptions {
        @Option(names = "--peaks", defaultValue = "ecg", paramLabel = "ecg|ppg",
                description = "hrv: beats from ECG R-peaks or PPG pulse peaks (default ${DEFAULT-VALUE}).")
        String peaks;

        @Option(names = "--method", defaultValue = "highpass", paramLabel = "highpass|smoothmedian",
                description = "eda/scr: tonic/phasic decomposition (default ${DEFAULT-VALUE}).")
        String method;
    }

    @Override
    public Integer call() throws IOException {
        Extractors.Kind kind = Extractors.Kind.named(extractor)
                .orElseThrow(() -> usage("unknown extractor '" + extractor + "'; one of " + Extractors.Kind.names()));
        if (kind == Extractors.Kind.IMEMD43) {
            // TODO(signal-emd): wire org.avrs.signal.emd's IMEMD extractor here once that branch is merged
            throw usage("imemd43 is not available yet: the IMEMD extractor (org.avrs.signal.emd) is being written "
                    + "on another branch");
        }
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (csv && rate == null) {
            throw usage("a CSV file has no sample rate: give it with --rate HZ");
        }
        if (rate != null && !(rate > 0 && rate < Double.POSITIVE_INFINITY)) {
            throw usage("--rate " + rate + " must be > 0 and finite");
        }
        Recording recording = csv ? SignalReaders.read(file, rate) : SignalReaders.read(file);
        if (!csv && rate != null) {
            checkRate(recording);
        }
        Extractors.Result result;
        try {
            result = Extractors.run(kind, this, recording);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        for (String w : result.warnings()) {
            spec.commandLine().getErr().println("avrs: warning: " + w);
        }
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            result.features().writeCsv(w);
            w.flush();
        } else {
            AtomicFiles.write(out, o -> {
                Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                result.features().writeCsv(w);
                w.flush();
            });
        }
        return 0;
    }

    private void checkRate(Recording recording) {
        for (Signal s : recording.signals()) {
            if (Math.abs(s.sampleRate() - rate) > 1e-9 * rate) {
                throw new InvalidInputException(file.toString(), "sample rate", "the file has " + s.sampleRate()
                        + " Hz but --rate says " + rate + " Hz (--rate is for CSV files; resampling is not done)");
            }
        }
    }

    /** The bands of --bands, or the defaults. */
    List<Band> bands() {
        if (eeg.bands == null) {
            return Band.defaults();
        }
        List<Band> out = new ArrayList<>();
        for (String item : eeg.bands.split(",")) {
            String[] nameRange = item.strip().split(":");
            String[] loHi = nameRange.length == 2 ? nameRange[1].split("-") : new String[0];
            if (loHi.length != 2) {
                throw usage("--bands item '" + item + "' must look like alpha:8-14");
            }
            try {
                out.add(new Band(nameRange[0].strip(), Double.parseDouble(loHi[0].strip()),
                        Double.parseDouble(loHi[1].strip())));
            } catch (NumberFormatException e) {
                throw usage("--bands item '" + item + "': the edges must be numbers in Hz");
            }
        }
        return out;
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    String fileName() {
        return file.toString();
    }
}
