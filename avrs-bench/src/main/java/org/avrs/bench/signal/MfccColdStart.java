package org.avrs.bench.signal;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.avrs.signal.dsp.VectorLanes;
import org.avrs.signal.speech.Mfcc;

/**
 * MFCC in a fresh JVM: wall and process CPU time (JIT threads included) from the extractor's
 * construction to the 1st, 10th, 100th and 1,000th 3 s utterance. Run once with
 * {@code -Davrs.vector.after=0} (the SIMD path from the first call) and once with
 * {@code -Davrs.vector=false} (scalar) to see what the SIMD path's JIT warm-up costs, which
 * {@link VectorLanes#worthUsing} weighs. Prints one JSON object.
 */
public final class MfccColdStart {

    private MfccColdStart() {
    }

    public static void main(String[] args) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] clips = new double[BenchSignals.UTTERANCES][];
        for (int i = 0; i < clips.length; i++) {
            clips[i] = BenchSignals.speech(BenchSignals.UTTERANCE_SAMPLES, BenchSignals.AUDIO_RATE, i);
        }
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        Mfcc mfcc = new Mfcc(Mfcc.Config.defaults());
        StringBuilder json = new StringBuilder("{\"vector\": " + VectorLanes.worthUsing(0));
        int done = 0;
        double sink = 0;
        for (int target : new int[] {1, 10, 100, 1000}) {
            while (done < target) {
                sink += mfcc.compute(clips[done % clips.length])[0][0];
                done++;
            }
            json.append(String.format(Locale.ROOT, ", \"clips_%d\": {\"wall_ms\": %.1f, \"process_cpu_ms\": %.1f}", target,
                    (System.nanoTime() - wall0) / 1e6, (os.getProcessCpuTime() - cpu0) / 1e6));
        }
        System.out.println(json.append(sink == 0.5 ? " " : "").append('}'));
    }
}
