/**
 * Affect-aware video recommendation: interaction logs, algorithms, affective video profiles, mood
 * strategies, explanations and offline evaluation. Sees only {@link org.avrs.core.Affect}, never raw
 * signals.
 *
 * <p>Usage — the demo's path from a MovieLens folder to explained recommendations for a sad viewer:
 * <pre>{@code
 * MovieLensData ml = MovieLens.load(Path.of("data/samples/movielens"));
 * AffectiveRecommender engine = AffectiveRecommender.fit(ml.catalog(), ml.log(),
 *         new ItemKnn(ItemKnn.Config.defaults()));
 * Affect sad = Affect.ofDistribution(EmotionSet.EKMAN_NEUTRAL,
 *         new double[] {0.05, 0.03, 0.1, 0.05, 0.62, 0.05, 0.1}, 0.8);
 * for (Recommendation r : engine.recommend(414, Context.of(sad, MoodStrategy.REGULATE), 10)) {
 *     System.out.println(r.title() + " — " + r.explanation());
 * }
 * }</pre>
 * Plain collaborative scoring goes through a fitted {@link org.avrs.recommend.Model}:
 * {@code new ItemKnn(ItemKnn.Config.defaults()).fit(log).recommend(viewerId, Context.none(), 10)}.
 *
 * <p>Packages: {@code data} (InteractionLog, IdMap, Catalog), {@code io} (MovieLens and LDOS-CoMoDa
 * loaders, the CoMoDa-like generator), {@code affect} (lexicon and audience profiles), {@code algo}
 * (popularity, item/user kNN, ALS, implicit ALS, BPR), {@code context} (CAMF, biased MF, pre-filtering),
 * {@code content} (affect-space neighbours, hybrids), {@code graph} (emotion knowledge graph with
 * personalised PageRank), {@code bandit} (LinUCB, Thompson sampling, viewer simulator), {@code rerank}
 * (MMR, Pareto re-ranking), {@code engine} (mood re-ranking and explanations), {@code eval} (splits,
 * metrics, comparisons, reports; calls recommenders from outside). {@link org.avrs.recommend.Algorithms}
 * names them all for the CLI.
 */
package org.avrs.recommend;
