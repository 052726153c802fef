package org.avrs.server;

import java.nio.file.Path;
import java.util.Objects;
import org.avrs.sensing.speech.SpeechEmotionModel;
import org.avrs.server.recommend.CatalogData;

/**
 * What the service loads from files before it starts: the catalog with its ratings, and the speech
 * emotion model. Immutable; one instance may serve several servers (tests).
 *
 * @param speechModelName the model's name in affect sources, e.g. {@code speech-emodb-svm.avrs}
 */
public record ServerResources(CatalogData catalog, SpeechEmotionModel speech, String speechModelName) {

    public ServerResources {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(speechModelName, "speechModelName");
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
