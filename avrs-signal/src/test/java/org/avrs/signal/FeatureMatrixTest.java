package org.avrs.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureMatrixTest {

    private final FeatureMatrix m = FeatureMatrix.of(List.of("a", "b"), new double[] {0.0, 0.01},
            new double[][] {{1, 2}, {3, 4}});

    @Test
    void accessorsAndCopies() {
        assertThat(m.rowCount()).isEqualTo(2);
        assertThat(m.columnCount()).isEqualTo(2);
        assertThat(m.get(1, "a")).isEqualTo(3.0);
        assertThat(m.column("b")).containsExactly(2, 4);
        assertThat(m.row(0)).containsExactly(1, 2);
        double[] times = m.times();
        times[0] = 99;
        assertThat(m.time(0)).isZero();
        double[][] rows = {{1, 2}};
        FeatureMatrix copy = FeatureMatrix.of(List.of("a", "b"), new double[] {0}, rows);
        rows[0][0] = 42;
        assertThat(copy.get(0, 0)).isEqualTo(1.0);
    }

    @Test
    void joinsAndSelectsColumns() {
        FeatureMatrix d = FeatureMatrix.of(List.of("c"), new double[] {0.0, 0.01}, new double[][] {{5}, {6}});
        FeatureMatrix joined = m.withColumns(d);
        assertThat(joined.columnNames()).containsExactly("a", "b", "c");
        assertThat(joined.row(1)).containsExactly(3, 4, 6);
        assertThat(joined.selectColumns(List.of("c", "a")).row(0)).containsExactly(5, 1);
        FeatureMatrix shifted = FeatureMatrix.of(List.of("c"), new double[] {0.0, 0.02}, new double[][] {{5}, {6}});
        assertThatThrownBy(() -> m.withColumns(shifted)).hasMessageContaining("row 1 times differ");
        assertThatThrownBy(() -> m.withColumns(m)).hasMessageContaining("'a' repeats");
    }

    @Test
    void writesCsvWithATimeColumn() {
        assertThat(m.toCsv()).isEqualTo("time,a,b\n0.0,1.0,2.0\n0.01,3.0,4.0\n");
    }

    @Test
    void rejectsInconsistentShapes() {
        assertThatThrownBy(() -> FeatureMatrix.of(List.of("a"), new double[] {0}, new double[][] {{1, 2}}))
                .hasMessageContaining("row 0 has 2 values for 1 columns");
        assertThatThrownBy(() -> FeatureMatrix.of(List.of("a"), new double[] {Double.NaN}, new double[][] {{1}}))
                .hasMessageContaining("time of row 0 is NaN");
        assertThatThrownBy(() -> m.column("z")).hasMessageContaining("no column 'z'; columns are [a, b]");
    }
}
