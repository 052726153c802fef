package org.avrs.signal.emd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class CubicSplineTest {

    /**
     * Golden: scipy 1.10.1 scipy.interpolate.CubicSpline(x, y, bc_type="natural" | "not-a-knot") evaluated
     * inside and 1.5 beyond the knots, and its knot slopes s(x, 1) (tools/golden/signal_emd.py
     * gen_splines): 2, 3, 4, 7, 40 knots, uniform and irregular; 1e-11 relative to the largest |value|.
     */
    @Test
    void matchesScipyCubicSpline() {
        int cases = 0;
        for (JsonNode c : Golden.load("golden/emd/splines.json").get("cases")) {
            EndCondition bc = c.get("bc").asText().equals("natural") ? EndCondition.NATURAL : EndCondition.NOT_A_KNOT;
            double[] x = Golden.doubles(c.get("x"));
            CubicSpline s = CubicSpline.interpolate(x, Golden.doubles(c.get("y")), bc);
            String what = bc + " with " + x.length + " knots";
            assertThat(TestSignals.maxRelDiff(s.values(Golden.doubles(c.get("t"))), Golden.doubles(c.get("values"))))
                    .as(what).isLessThan(1e-11);
            assertThat(TestSignals.maxRelDiff(s.slopes(), Golden.doubles(c.get("slopes")))).as(what).isLessThan(1e-11);
            cases++;
        }
        assertThat(cases).isEqualTo(20);
    }

    @Test
    void reproducesACubicExactlyWithNotAKnotEnds() {
        double[] x = {0, 1, 2.5, 4, 4.5, 7};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 - x[i] + 0.5 * x[i] * x[i] - 0.1 * x[i] * x[i] * x[i];
        }
        CubicSpline s = CubicSpline.interpolate(x, y, EndCondition.NOT_A_KNOT);
        for (double t = -1; t <= 8; t += 0.37) {
            assertThat(s.value(t)).isCloseTo(2 - t + 0.5 * t * t - 0.1 * t * t * t, within(1e-12));
        }
    }

    @Test
    void refusesBadKnots() {
        assertThatThrownBy(() -> CubicSpline.interpolate(new double[] {0}, new double[] {1}, EndCondition.NATURAL))
                .hasMessageContaining("at least 2 knots");
        assertThatThrownBy(() -> CubicSpline.interpolate(new double[] {0, 2, 2}, new double[] {1, 2, 3},
                EndCondition.NATURAL)).hasMessageContaining("x[2] = 2.0 after x[1] = 2.0");
        assertThatThrownBy(() -> CubicSpline.interpolate(new double[] {0, 1}, new double[] {1, Double.NaN},
                EndCondition.NATURAL)).hasMessageContaining("knot 1").hasMessageContaining("not finite");
        assertThatThrownBy(() -> CubicSpline.interpolate(new double[] {0, 1}, new double[] {1},
                EndCondition.NATURAL)).hasMessageContaining("equally long");
    }
}
