package org.avrs.recommend;

import java.util.Objects;

/**
 * Base of the recommender components: holds the immutable configuration record (LensKit's component
 * pattern; STYLE.md "Configuration is one record").
 *
 * @param <C> the configuration record type
 */
public abstract class Component<C extends Record> implements Recommender {

    /** The configuration, never null. */
    protected final C config;

    protected Component(C config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public final C config() {
        return config;
    }

    @Override
    public String toString() {
        return name() + ConfigJson.write(config);
    }
}
