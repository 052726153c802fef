/**
 * Network blocks in DJL's builder style ({@code setX} required, {@code optX} optional,
 * {@code build()} failing on a missing field), each whole network with a {@link
 * org.avrs.deep.block.NetworkConfig} record that rebuilds it: {@link org.avrs.deep.block.Crnn},
 * {@link org.avrs.deep.block.Mlp}, {@link org.avrs.deep.block.ShallowConvNet}, {@link
 * org.avrs.deep.block.DeepConvNet} and {@link org.avrs.deep.block.RecurrentClassifier}; and the
 * parts {@link org.avrs.deep.block.RecurrentStack} (stacked, optionally bidirectional GRU/LSTM made of
 * single-direction layers, since DJL 0.36's multi-layer bidirectional cells are broken) and {@link
 * org.avrs.deep.block.ConvBnReluPool}.
 */
package org.avrs.deep.block;
