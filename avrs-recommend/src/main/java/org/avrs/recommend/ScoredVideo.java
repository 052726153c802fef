package org.avrs.recommend;

/**
 * A video with a model's score for one viewer (higher is better; for rating models, a predicted rating).
 *
 * @param videoId the external video id
 * @param score the score
 */
public record ScoredVideo(long videoId, double score) {
}
