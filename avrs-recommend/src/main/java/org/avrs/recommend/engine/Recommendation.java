package org.avrs.recommend.engine;

/**
 * One recommended video, as shown to a viewer.
 *
 * @param videoId the external video id
 * @param title the title (without year)
 * @param score the final score in [0, 1] after affect re-ranking (higher is better)
 * @param explanation one line saying why, naming the affect used and the data behind it
 */
public record Recommendation(long videoId, String title, double score, String explanation) {
}
