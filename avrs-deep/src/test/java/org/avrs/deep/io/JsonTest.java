package org.avrs.deep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.avrs.deep.block.Crnn;
import org.avrs.deep.block.DeepConvNet;
import org.avrs.deep.block.Mlp;
import org.avrs.deep.block.NetworkConfig;
import org.avrs.deep.block.RecurrentClassifier;
import org.avrs.deep.block.ShallowConvNet;
import org.avrs.deep.train.TrainConfig;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesAndWritesEveryKindOfValue() {
        String text = " {\"a\": [1, -2.5e3, true, false, null], \"s\": \"q\\\"\\\\\\n\\u00e9\", \"o\": {}} ";
        Object v = Json.parse(text);
        assertThat(v).isEqualTo(Map.of("a", java.util.Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"),
                true, false, null), "s", "q\"\\\né", "o", Map.of()));
        assertThat(Json.parse(Json.write(v))).isEqualTo(v);
        assertThat(Json.write(Map.of("x", 0.1))).isEqualTo("{\"x\":0.1}");
    }

    @Test
    void rejectsWhatRfc8259Rejects() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\":1,}", "01", "NaN", "{\"a\":1,\"a\":2}", "'x'", "[1] 2",
                "\"tab\there\"", "1.", "-")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("JSON at offset");
        }
        assertThatThrownBy(() -> Json.parse("[".repeat(100))).hasMessageContaining("nesting");
        assertThatThrownBy(() -> Json.write(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void everyNetworkConfigRoundTripsThroughJson() {
        List<NetworkConfig> configs = List.of(Crnn.Config.defaults(7), Mlp.Config.defaults(2),
                ShallowConvNet.Config.paper03(2, 68), DeepConvNet.Config.defaults(4, 32),
                RecurrentClassifier.Config.alhagry2017(2));
        for (NetworkConfig c : configs) {
            String json = Json.write(RecordJson.toJson((Record) c));
            assertThat(RecordJson.fromJson(NetworkConfig.typeOf(c.architecture()), Json.parse(json))).isEqualTo(c);
        }
    }

    @Test
    void trainConfigRoundTripsThroughJson() {
        TrainConfig c = TrainConfig.defaults().withClassWeights(List.of(0.5, 2.0))
                .withEarlyStopping(TrainConfig.Monitor.BALANCED_ACCURACY, 7);
        assertThat(RecordJson.fromJson(TrainConfig.class, Json.parse(Json.write(RecordJson.toJson(c))))).isEqualTo(c);
    }

    @Test
    void recordReadingIsStrictAndNamesTheMember() {
        assertThatThrownBy(() -> RecordJson.fromJson(Mlp.Config.class,
                Json.parse("{\"numClasses\": 2, \"hidden\": [4], \"dropout\": 0, \"extra\": 1}")))
                .hasMessageContaining("unknown member(s) [extra]");
        assertThatThrownBy(() -> RecordJson.fromJson(Mlp.Config.class,
                Json.parse("{\"numClasses\": 2.5, \"hidden\": [4], \"dropout\": 0}")))
                .hasMessageContaining("Config.numClasses: expected an integer in range, found 2.5");
        assertThatThrownBy(() -> RecordJson.fromJson(Mlp.Config.class,
                Json.parse("{\"numClasses\": 2, \"hidden\": [\"4\"], \"dropout\": 0}")))
                .hasMessageContaining("Config.hidden[0]: expected a number");
        assertThatThrownBy(() -> RecordJson.fromJson(Mlp.Config.class,
                Json.parse("{\"numClasses\": 2, \"hidden\": [4], \"dropout\": 1.5}")))
                .hasMessageContaining("dropout 1.5 must be in [0, 1)");
        assertThatThrownBy(() -> RecordJson.fromJson(RecurrentClassifier.Config.class, Json.parse(
                "{\"numClasses\": 2, \"cell\": \"RNN\", \"hidden\": [4], \"bidirectional\": false, \"dropout\": 0}")))
                .hasMessageContaining("unknown value \"RNN\", expected one of [GRU, LSTM]");
    }
}
