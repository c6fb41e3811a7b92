package dev.tilik.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest states ({@code Implementation-Version}), else a development build. */
public final class VersionProvider implements IVersionProvider {
    /** The version the manifest states, or null in a development build. */
    public static String version() {
        return VersionProvider.class.getPackage().getImplementationVersion();
    }

    @Override
    public String[] getVersion() {
        String v = version();
        return new String[] {"tilik " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
