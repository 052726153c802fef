package org.avrs.cli.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.sensing.speech.CrnnSpeechModel;
import org.avrs.sensing.speech.SpeakerSession;
import org.avrs.sensing.speech.SpeechEmotionModel;
import org.avrs.signal.io.WavReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code avrs speech predict MODEL FILE…}: the label distribution and valence, arousal, dominance of
 * each recording, by a classical model ({@code avrs speech train --model svm|rf}) or a CRNN.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Recognise the emotion of WAV recordings with a trained speech model.",
                "Prints each file's label distribution, most likely label and its valence, arousal and dominance "
                        + "(the distribution's expectation under the labels' VAD coordinates)."})
public final class SpeechPredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file (.avrs).")
    Path modelFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "WAV recordings.")
    List<Path> files;

    @Option(names = "--same-speaker",
            description = "Classical models: the files are one speaker; normalise them by that speaker's statistics "
                    + "(all files, unlabelled) instead of the training population's.")
    boolean sameSpeaker;

    @Option(names = "--json", description = "Print one JSON array on stdout instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<AffectEstimate> estimates = new ArrayList<>();
        if (isDeepModel(modelFile)) {
            try (CrnnSpeechModel model = CrnnSpeechModel.load(modelFile)) {
                for (Path f : files) {
                    estimates.add(model.recognize(WavReader.read(f), f.toString()));
                }
            }
        } else {
            SpeechEmotionModel model = SpeechEmotionModel.load(modelFile);
            List<Signal> signals = files.stream().map(WavReader::read).toList();
            SpeakerSession session = model.newSpeaker("speech/" + modelFile.getFileName());
            if (sameSpeaker) {
                for (int i = 0; i < files.size(); i++) {
                    session.enrol(signals.get(i), files.get(i).toString());
                }
            }
            for (int i = 0; i < files.size(); i++) {
                SpeakerSession s = sameSpeaker ? session : model.newSpeaker("speech/" + modelFile.getFileName());
                estimates.add(s.recognize(signals.get(i), files.get(i).toString()));
            }
        }
        System.out.print(json ? json(estimates) : text(estimates));
        return 0;
    }

    /** True for avrs-deep's model format (magic "AVRSDEEP"), false for a classifier archive. */
    static boolean isDeepModel(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("AVRSDEEP");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, "cannot read the model: " + e.getMessage(), e);
        }
    }

    private String text(List<AffectEstimate> estimates) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            Affect a = estimates.get(i).affect();
            String label = a.dominantLabel().orElse("?");
            s.append(String.format(Locale.ROOT, "%s: %s %.0f%%, valence %+.2f, arousal %+.2f, dominance %+.2f%n",
                    files.get(i), label, 100 * a.probability(label), a.valence(), a.arousal(), a.dominance()));
            double[] p = a.distribution().orElseThrow();
            s.append("   ");
            for (int c = 0; c < p.length; c++) {
                s.append(String.format(Locale.ROOT, " %s %.3f", a.emotions().orElseThrow().label(c), p[c]));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private String json(List<AffectEstimate> estimates) throws Exception {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            AffectEstimate e = estimates.get(i);
            Affect a = e.affect();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", files.get(i).toString());
            m.put("label", a.dominantLabel().orElse(null));
            m.put("confidence", a.confidence());
            Map<String, Double> dist = new LinkedHashMap<>();
            double[] p = a.distribution().orElseThrow();
            for (int c = 0; c < p.length; c++) {
                dist.put(a.emotions().orElseThrow().label(c), p[c]);
            }
            m.put("distribution", dist);
            m.put("valence", a.valence());
            m.put("arousal", a.arousal());
            m.put("dominance", a.dominance());
            m.put("seconds", e.span().end() - e.span().start());
            m.put("source", e.source());
            out.add(m);
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
    }
}
