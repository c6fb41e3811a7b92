package dev.tilik.tui;

/**
 * A JVM that says, on its standard output, whether {@link TuiRunner#shuttingDown} reads the JVM as going down before
 * it exits and from a shutdown hook while it does ({@link TuiRunnerTest}).
 */
public final class ShuttingDownChild {
    private ShuttingDownChild() {
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("going down: " + TuiRunner.shuttingDown());
            System.out.flush();
        }));
        System.out.println("running: " + TuiRunner.shuttingDown());
        System.out.flush();
    }
}
