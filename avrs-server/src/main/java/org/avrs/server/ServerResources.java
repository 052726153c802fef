package org.avrs.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.avrs.sensing.eeg.EegModelFile;
import org.avrs.sensing.speech.SpeechEmotionModel;
import org.avrs.server.recommend.CatalogData;

/**
 * What the service loads from files before it starts: the catalog with its ratings, the speech emotion
 * model and, optionally, an EEG model. Immutable; one instance may serve several servers (tests).
 *
 * @param speechModelName the model's name in affect sources, e.g. {@code speech-emodb-svm.avrs}
 * @param eeg the EEG model live EEG uploads are recognised with; empty: EEG uploads are refused (501)
 */
public record ServerResources(CatalogData catalog, SpeechEmotionModel speech, String speechModelName,
        Optional<EegModelFile> eeg) {

    public ServerResources {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(speechModelName, "speechModelName");
        Objects.requireNonNull(eeg, "eeg");
    }

    /** Without an EEG model. */
    public ServerResources(CatalogData catalog, SpeechEmotionModel speech, String speechModelName) {
        this(catalog, speech, speechModelName, Optional.empty());
    }

    /** These resources with an EEG model. */
    public ServerResources withEeg(EegModelFile model) {
        return new ServerResources(catalog, speech, speechModelName, Optional.of(model));
    }

    /**
     * These resources with the EEG model of a file ({@code avrs eeg train}).
     *
     * @throws org.avrs.core.InvalidInputException if it is not a usable EEG model file
     */
    public ServerResources withEeg(Path eegModel) {
        return withEeg(EegModelFile.load(eegModel));
    }

    /**
     * Loads a MovieLens folder and a speech model file.
     *
     * @throws org.avrs.core.InvalidInputException if either cannot be used
     */
    public static ServerResources load(Path movieLensDir, Path speechModel) {
        return new ServerResources(CatalogData.loadMovieLens(movieLensDir), SpeechEmotionModel.load(speechModel),
                speechModel.getFileName().toString());
    }
}
