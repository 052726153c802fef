/**
 * Training a {@link org.avrs.deep.DeepClassifier}: {@link org.avrs.deep.train.ClassificationData}
 * (labelled float arrays), {@link org.avrs.deep.train.TrainConfig}, and {@link
 * org.avrs.deep.train.ClassifierTrainer} (seeded Adam on shuffled mini-batches, optional class
 * weights, early stopping with restore of the best weights, per-epoch progress to an {@link
 * org.avrs.deep.train.EpochListener}, checkpoints through {@link
 * org.avrs.deep.train.CheckpointListener}).
 */
package org.avrs.deep.train;
