package dev.tilik.cache;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which build of Tilik is running, and on which Java: the version and build time Maven wrote into
 * {@code build.properties}, and the runtime's version (the models' floating-point scores need not
 * agree to the last bit across JDKs). A cached analysis is read only by the build that wrote it;
 * without the file (or unfiltered) nothing is cached, since the code behind the results is unknown.
 */
final class BuildVersion {
    private static final String CURRENT = read();

    private BuildVersion() {
    }

    /** The running build's id, or null when it cannot be told. */
    static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            String built = p.getProperty("built", "");
            if (version.isBlank() || built.isBlank() || version.contains("${") || built.contains("${")) {
                return null;
            }
            return version + "+" + built + " java " + System.getProperty("java.version");
        } catch (IOException e) {
            return null;
        }
    }
}
