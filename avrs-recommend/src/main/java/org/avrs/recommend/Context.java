package org.avrs.recommend;

import java.util.Optional;
import org.avrs.core.Affect;

/**
 * The situation of an interaction or a recommendation request: the viewer's {@link Affect}
 * (measured or self-reported, before/while viewing), their mood, and — for a request — what to do
 * with that affect. Every part is optional: {@link #none()} is the context-free case.
 *
 * @param affect the viewer's affect, or null when unknown
 * @param mood the viewer's mood, or null when unknown
 * @param strategy how a request uses the affect; never null ({@link MoodStrategy#NONE} when the
 *     affect is unknown or to be ignored)
 */
public record Context(Affect affect, Mood mood, MoodStrategy strategy) {

    private static final Context NONE = new Context(null, null, MoodStrategy.NONE);

    public Context {
        if (strategy == null) {
            strategy = affect == null ? MoodStrategy.NONE : MoodStrategy.CONGRUENT;
        }
    }

    /** No context. */
    public static Context none() {
        return NONE;
    }

    /** An affect used mood-congruently. */
    public static Context of(Affect affect) {
        return new Context(affect, null, MoodStrategy.CONGRUENT);
    }

    /** An affect with a strategy for using it. */
    public static Context of(Affect affect, MoodStrategy strategy) {
        return new Context(affect, null, strategy);
    }

    public Optional<Affect> affectIfKnown() {
        return Optional.ofNullable(affect);
    }

    public boolean hasAffect() {
        return affect != null;
    }

    /** This context with another strategy. */
    public Context withStrategy(MoodStrategy newStrategy) {
        return new Context(affect, mood, newStrategy);
    }
}
