/**
 * Deep learning for AVRS on DJL 0.36 with the PyTorch 2.7.1 CPU engine: classifier networks
 * ({@link org.avrs.deep.block}), their training ({@link org.avrs.deep.train}) and a model file that
 * keeps the weights with the network configuration, the class names and the caller's feature
 * pipeline ({@link org.avrs.deep.DeepClassifier}, {@link org.avrs.deep.ModelFile}).
 *
 * <p><b>Running offline.</b> Nothing is downloaded at run time. The native PyTorch libraries come
 * from the {@code ai.djl.pytorch:pytorch-native-cpu:2.7.1:linux-x86_64} jar and the JNI glue from
 * {@code pytorch-jni}; DJL extracts both once (≈ 430 MB) to
 * {@code $ENGINE_CACHE_DIR}, else {@code $DJL_CACHE_DIR}, else {@code ~/.djl.ai} (each also read as a
 * system property), under {@code pytorch/2.7.1-20250812-cpu-linux-x86_64/}. Start the JVM with
 * {@code -Dai.djl.offline=true} so that a missing native jar is an immediate error rather than a
 * download attempt. See {@link org.avrs.deep.DeepEngine} for threads and seeding.
 *
 * <p><b>Layouts.</b> Sequences are (batch, time, feature); EEG windows are (batch, time samples,
 * channels); spectro-temporal maps are (batch, 1, frames, features). Every network emits logits
 * (batch, classes).
 */
package org.avrs.deep;
