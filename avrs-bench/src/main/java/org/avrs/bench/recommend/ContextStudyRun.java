package org.avrs.bench.recommend;

import java.nio.file.Files;
import java.nio.file.Path;
import org.avrs.recommend.eval.ContextStudy;
import org.avrs.recommend.eval.Evaluator;
import org.avrs.recommend.eval.Report;
import org.avrs.recommend.eval.Splits;
import org.avrs.recommend.io.CoMoDa;
import org.avrs.recommend.io.CoMoDaData;
import org.avrs.recommend.io.CoMoDaLike;

/**
 * The context study (each context-aware algorithm vs its context-free counterpart, RMSE and nDCG@10,
 * per-viewer paired differences) on a CoMoDa-format file, or — without one — on a generated
 * CoMoDa-like log (default generator settings), per-viewer 20% holdout, seed 42. Writes
 * {@code recommend-context-study.json}. No p-values until avrs-core's paired t-test is on the branch.
 *
 * <p>Usage: ContextStudyRun RESULTS_DIR [COMODA_CSV]
 */
public final class ContextStudyRun {

    private ContextStudyRun() {
    }

    public static void main(String[] args) throws Exception {
        CoMoDaData data = args.length > 1 ? CoMoDa.load(Path.of(args[1])) : CoMoDaLike.generate(CoMoDaLike.Config.defaults());
        ContextStudy study = ContextStudy.run(Splits.holdout(data.log(), 0.2, 42), new Evaluator(new Evaluator.Config(10, 4)));
        String json = Report.json(study.results(), study.comparisons());
        System.out.print(Report.table(study.results()));
        Files.createDirectories(Path.of(args[0]));
        Files.writeString(Path.of(args[0]).resolve("recommend-context-study.json"), json);
    }
}
