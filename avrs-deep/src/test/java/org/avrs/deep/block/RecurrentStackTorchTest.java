package org.avrs.deep.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The stack of single-direction DJL layers against PyTorch's own 2-layer bidirectional
 * nn.GRU/nn.LSTM with the same weights (golden/torch_recurrent.json, made by
 * tools/golden/torch_recurrent.py with Debian's python3-torch 1.13). Tolerance 1e-5: float32
 * arithmetic in two libtorch versions.
 */
class RecurrentStackTorchTest {

    private static final Pattern DJL_NAME =
            Pattern.compile("\\d+layer(\\d+)(Forward|Backward)_l_0_(i2h|h2h)_(WEIGHT|BIAS)");

    /** DJL's name of a parameter in the stack → PyTorch's name in the fused module. */
    static String torchName(String djlName) {
        Matcher m = DJL_NAME.matcher(djlName);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected parameter " + djlName);
        }
        return (m.group(4).equals("WEIGHT") ? "weight_" : "bias_") + (m.group(3).equals("i2h") ? "ih" : "hh")
                + "_l" + m.group(1) + (m.group(2).equals("Backward") ? "_reverse" : "");
    }

    @ParameterizedTest
    @EnumSource(RecurrentCell.class)
    void stackEqualsPytorchBidirectionalMultiLayerModule(RecurrentCell cell) {
        JsonNode g = Golden.load("golden/torch_recurrent.json").get(cell.name());
        Shape in = new Shape(toLongs(g.get("inputShape")));
        float[] x = toFloats(g.get("input"));
        for (boolean sequences : new boolean[] {true, false}) {
            RecurrentStack stack = RecurrentStack.builder().setCell(cell).setHiddenSizes(4, 4)
                    .optReturnSequences(sequences).build();
            try (NDManager m = NDManager.newBaseManager()) {
                stack.initialize(m, DataType.FLOAT32, in);
                int copied = 0;
                for (Pair<String, Parameter> p : stack.getParameters()) {
                    float[] w = toFloats(g.get("params").get(torchName(p.getKey())));
                    assertThat((long) w.length).isEqualTo(p.getValue().getArray().size());
                    p.getValue().getArray().set(w);
                    copied++;
                }
                assertThat(copied).isEqualTo(g.get("params").size());
                float[] y = stack.forward(new ParameterStore(m, false), new NDList(m.create(x, in)), false)
                        .singletonOrThrow().toFloatArray();
                float[] expected = toFloats(g.get(sequences ? "output" : "lastState"));
                assertThat(y).containsExactly(expected, within(1e-5f));
            }
        }
    }

    /** The stack equals its layers composed by hand: forward, and backward on the time-reversed input. */
    @ParameterizedTest
    @EnumSource(RecurrentCell.class)
    void stackEqualsManualForwardPlusReversedComposition(RecurrentCell cell) {
        Shape in = new Shape(2, 6, 3);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(in);
            RecurrentStack stack = RecurrentStack.builder().setCell(cell).setHiddenSizes(5, 2)
                    .optReturnSequences(true).build();
            stack.initialize(m, DataType.FLOAT32, in);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray layerIn = x;
            for (int l = 0; l < 2; l++) {
                RecurrentBlock fwd = copyOf(cell, stack, l, "Forward", m, layerIn.getShape(), l == 0 ? 5 : 2);
                RecurrentBlock bwd = copyOf(cell, stack, l, "Backward", m, layerIn.getShape(), l == 0 ? 5 : 2);
                NDArray f = fwd.forward(ps, new NDList(layerIn), false).head();
                NDArray b = bwd.forward(ps, new NDList(layerIn.flip(1)), false).head().flip(1);
                layerIn = f.concat(b, 2);
            }
            NDArray y = stack.forward(ps, new NDList(x), false).singletonOrThrow();
            assertThat(y.toFloatArray()).containsExactly(layerIn.toFloatArray(), within(1e-6f));
        }
    }

    private static RecurrentBlock copyOf(RecurrentCell cell, RecurrentStack stack, int layer, String direction,
            NDManager m, Shape in, int hidden) {
        RecurrentBlock block = cell.newLayer(hidden);
        block.initialize(m, DataType.FLOAT32, in);
        String prefix = "layer" + layer + direction + "_";
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray source = stack.getParameters().stream()
                    .filter(q -> q.getKey().replaceFirst("^\\d+", "").equals(prefix + p.getKey()))
                    .findFirst().orElseThrow().getValue().getArray();
            p.getValue().getArray().set(source.toFloatArray());
        }
        return block;
    }

    private static float[] toFloats(JsonNode a) {
        double[] d = Golden.doubles(a);
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    private static long[] toLongs(JsonNode a) {
        int[] d = Golden.ints(a);
        long[] out = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = d[i];
        }
        return out;
    }
}
