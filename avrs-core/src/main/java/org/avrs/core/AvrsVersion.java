package org.avrs.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, as Maven wrote it into {@code avrs-version.properties}. */
public final class AvrsVersion {

    private static final String VERSION = read();

    private AvrsVersion() {
    }

    /** E.g. "0.1.0-SNAPSHOT"; "unknown" when the resource is missing (an unfiltered IDE build). */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AvrsVersion.class.getResourceAsStream("/avrs-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
