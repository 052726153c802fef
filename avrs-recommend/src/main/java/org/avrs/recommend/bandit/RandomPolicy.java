package org.avrs.recommend.bandit;

import java.util.SplittableRandom;
import org.avrs.core.Vad;

/** The uniform random baseline policy (seeded). */
public final class RandomPolicy implements Policy {

    private final SplittableRandom rnd;

    public RandomPolicy(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public int choose(Vad viewerAffect, Vad[] profiles) {
        return rnd.nextInt(profiles.length);
    }

    @Override
    public void update(Vad viewerAffect, Vad profile, double reward) {
        // learns nothing
    }
}
