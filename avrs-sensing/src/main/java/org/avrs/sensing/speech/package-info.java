/**
 * Speech emotion recognition.
 *
 * <ul>
 * <li><b>Corpora</b> ({@link org.avrs.sensing.speech.SpeechCorpus}): EmoDB, TESS, RAVDESS, CASIA and
 *     eNTERFACE loaders; each class comment is the corpus's dataset card and states the file-name or
 *     folder convention its labels and speakers are read by. Labels are named as in
 *     {@link org.avrs.sensing.speech.SpeechEmotions#SHARED}; the speaker is each sample's group. A folder
 *     with any unusable file is refused with every such file named.</li>
 * <li><b>Classical pipeline</b>: {@link org.avrs.sensing.speech.AcousticFunctionals} (or the smaller
 *     {@link org.avrs.sensing.speech.SpeechFeatures}) → per-speaker normalisation → a classifier from
 *     {@link org.avrs.sensing.speech.SpeechTrainers} (nested-selection RBF-SVM, random forest, DJL
 *     perceptron), evaluated by {@link org.avrs.sensing.speech.SpeechEvaluation} and deployed as a
 *     {@link org.avrs.sensing.speech.SpeechEmotionModel} with a
 *     {@link org.avrs.sensing.speech.SpeakerSession} per viewer. Vectors are cached by
 *     {@link org.avrs.sensing.speech.FeatureCache}.</li>
 * <li><b>CRNN pipeline</b> after Sun, Li and Ma (2023, P7): {@link org.avrs.sensing.speech.SegmentFeatures}
 *     (3 s segments, IMEMD-43, log-mel or MFCC frames), {@link org.avrs.sensing.speech.SpeechAugmentation},
 *     {@link org.avrs.sensing.speech.CrnnTrainer}, {@link org.avrs.sensing.speech.CrnnEvaluation} (resumable)
 *     and {@link org.avrs.sensing.speech.CrnnSpeechModel}.</li>
 * </ul>
 * Every model is an {@link org.avrs.core.AffectRecognizer} of a recording: a label distribution and the
 * valence–arousal–dominance point it implies.
 */
package org.avrs.sensing.speech;
