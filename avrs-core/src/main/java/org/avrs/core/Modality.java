package org.avrs.core;

/** Where an affect estimate came from. */
public enum Modality {
    SPEECH, FACE, EEG, ECG, PPG, EDA, TEXT, CSI, VIDEO,
    /** Reported by the viewer (a mood picker, a questionnaire). */
    SELF_REPORT,
    /** Combined from several estimates. */
    FUSED
}
