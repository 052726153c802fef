package org.avrs.deep;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.util.Utils;
import org.junit.jupiter.api.Test;

/** The PyTorch engine loads from the native jar on the classpath, with the network switched off. */
class EngineOfflineTest {

    @Test
    void pytorchLoadsOfflineFromTheBundledNativeJar() {
        assertThat(Utils.isOfflineMode()).as("surefire runs with -Dai.djl.offline=true").isTrue();
        Engine engine = DeepEngine.get();
        assertThat(engine.getEngineName()).isEqualTo("PyTorch");
        assertThat(engine.getVersion()).isEqualTo("2.7.1");
        assertThat(DeepEngine.describe()).isEqualTo("DJL 0.36.0, PyTorch 2.7.1");
        System.out.println("DJL engine cache: " + Utils.getEngineCacheDir("pytorch"));
    }
}
