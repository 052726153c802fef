package org.avrs.recommend.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.avrs.core.InvalidInputException;
import org.avrs.recommend.data.TrainTest;
import org.avrs.recommend.eval.EvalResult;
import org.avrs.recommend.eval.Evaluator;
import org.avrs.recommend.eval.Splits;
import org.avrs.recommend.io.CoMoDa;
import org.avrs.recommend.io.CoMoDaData;
import org.avrs.recommend.io.CoMoDaLike;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a CoMoDa-like log whose ratings depend on the viewer's emotion × the film's affect (planted
 * effect), context-aware algorithms must predict held-out ratings better than their context-free
 * counterparts; with the effect switched off they must not gain (the control).
 */
class ContextAwareTest {

    private static double rmse(CoMoDaData data, Camf.Variant variant) {
        TrainTest split = Splits.holdout(data.log(), 0.2, 3);
        Camf.Config c = new Camf.Config(variant, 8, 30, 0.01, 0.05, 0.01, 1);
        EvalResult r = new Evaluator(new Evaluator.Config(10, 4)).evaluate(new Camf(c), split);
        return r.metric("RMSE");
    }

    @Test
    void camfBeatsBiasedMfOnlyWhenEmotionMatters() {
        CoMoDaData planted = CoMoDaLike.generate(new CoMoDaLike.Config(150, 200, 40, 1.5, 0.4, 5));
        double free = rmse(planted, Camf.Variant.NONE);
        double ci = rmse(planted, Camf.Variant.CI);
        double cu = rmse(planted, Camf.Variant.CU);
        System.out.printf("planted effect: biasedmf %.4f, camf-ci %.4f, camf-cu %.4f%n", free, ci, cu);
        assertThat(ci).isLessThan(free - 0.02);

        CoMoDaData none = CoMoDaLike.generate(new CoMoDaLike.Config(150, 200, 40, 0, 0.4, 5));
        double free0 = rmse(none, Camf.Variant.NONE);
        double ci0 = rmse(none, Camf.Variant.CI);
        System.out.printf("no effect: biasedmf %.4f, camf-ci %.4f%n", free0, ci0);
        assertThat(ci0).isGreaterThan(free0 - 0.01);
    }

    @Test
    void contextStudyReportsEachPairOnRmseAndNdcg() {
        CoMoDaData planted = CoMoDaLike.generate(new CoMoDaLike.Config(120, 150, 40, 1.5, 0.4, 11));
        org.avrs.recommend.eval.ContextStudy study = org.avrs.recommend.eval.ContextStudy.run(
                Splits.holdout(planted.log(), 0.2, 3), new Evaluator(new Evaluator.Config(10, 4)));
        assertThat(study.results()).hasSize(9); // biasedmf, 6 against it, fm, fm-context
        assertThat(study.comparisons()).hasSize(14);
        var camfCi = study.comparisons().stream().filter(c -> c.a().equals("camf-ci") && c.metric().equals("RMSE"))
                .findFirst().orElseThrow();
        assertThat(camfCi.pairs()).isGreaterThan(50);
        assertThat(camfCi.difference()).as("camf-ci minus biasedmf per-viewer RMSE").isNegative();
        // the planted emotion effect is large: the paired t-test over viewers must find it
        assertThat(camfCi.significance().test()).contains("paired");
        assertThat(camfCi.significance().df()).isEqualTo(camfCi.pairs() - 1);
        assertThat(camfCi.significance().pValue()).isLessThan(0.01);
        System.out.println(org.avrs.recommend.eval.Report.json(study.results(), study.comparisons()));
    }

    @Test
    void generatedLogsRoundTripThroughTheCoMoDaLayout(@TempDir Path dir) throws Exception {
        CoMoDaData data = CoMoDaLike.generate(new CoMoDaLike.Config(5, 20, 6, 1, 0.5, 9));
        Path csv = dir.resolve("comoda.csv");
        CoMoDaLike.writeCsv(data, csv);
        CoMoDaData back = CoMoDa.load(csv);
        assertThat(back.log().size()).isEqualTo(30);
        for (int r = 0; r < 30; r++) {
            assertThat(back.log().value(r)).isEqualTo(data.log().value(r));
            assertThat(Conditions.emotion(back.log().context(r))).isEqualTo(Conditions.emotion(data.log().context(r)));
            assertThat(Conditions.mood(back.log().context(r))).isEqualTo(Conditions.mood(data.log().context(r)));
        }
        // without the header row too
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
        java.nio.file.Files.write(csv, lines.subList(1, lines.size()));
        assertThat(CoMoDa.load(csv).log().size()).isEqualTo(30);
    }

    @Test
    void badCoMoDaRowsNameLineAndField(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        String good = "1,2,4,25,1,1,1,1,1,1,1,1,1,2,2,1,1,1,1,1,1,1,2001,1,2,3,1,1,1,1";
        java.nio.file.Files.writeString(csv, good + "\n" + good.replaceFirst(",2,2,1,", ",9,2,1,") + "\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoMoDa.load(csv))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2").hasMessageContaining("endEmo")
                .hasMessageContaining("1–7");
        java.nio.file.Files.writeString(csv, "1,2,4\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoMoDa.load(csv))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 1").hasMessageContaining("30");
        CoMoDaData one = CoMoDa.load(writeOne(csv, good));
        assertThat(Conditions.emotionName(Conditions.emotion(one.log().context(0)))).isEqualTo("happiness");
        assertThat(one.log().context(0).mood()).isEqualTo(org.avrs.recommend.Mood.POSITIVE);
    }

    private static Path writeOne(Path csv, String line) throws Exception {
        java.nio.file.Files.writeString(csv, line + "\n");
        return csv;
    }
}
