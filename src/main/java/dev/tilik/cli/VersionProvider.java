package dev.tilik.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest states ({@code Implementation-Version}), else a development build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"tilik " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
