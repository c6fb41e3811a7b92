package dev.tilik.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilik.json.StrictJson;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Tilik process a file beside the note file belongs to: its pid, the host it runs on and
 * when it started. The reader's lock file ({@link ReaderLock}) and its journal of keys typed ahead
 * ({@link KeysJournal}) both record one, so that a later process can tell a file whose owner is
 * still at work from one a dead process left behind.
 *
 * <p>An owner on this host is alive while a process of that pid runs that did not start after the
 * owner's own start (a pid the system gave again to a later program is no owner). An owner on
 * another host (a shared folder) cannot be asked: it counts as alive.
 */
public record Owner(long pid, String host, Instant started) {
    public Owner {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(started, "started");
    }

    /** This process. */
    public static Owner current() {
        ProcessHandle self = ProcessHandle.current();
        return new Owner(self.pid(), HostName.NAME, self.info().startInstant().orElse(Instant.now()));
    }

    /** Whether this owner is this process. */
    public boolean isCurrent() {
        return pid == ProcessHandle.current().pid() && host.equals(HostName.NAME);
    }

    /** Whether this owner runs on this host. */
    public boolean onThisHost() {
        return host.equals(HostName.NAME);
    }

    /** Whether the process is still running (see the class comment); an owner on another host always is. */
    public boolean alive() {
        if (!onThisHost()) {
            return true;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (p.isEmpty()) {
            return false;
        }
        // A process that started after the owner did holds a reused pid. A second of slack: start
        // times are read from /proc in clock ticks.
        Optional<Instant> start = p.get().info().startInstant();
        return start.isEmpty() || !start.get().isAfter(started.plusSeconds(1));
    }

    /** The owner's fields put into {@code node}: {@code pid}, {@code host}, {@code started}. */
    ObjectNode into(ObjectNode node) {
        return node.put("pid", pid).put("host", host).put("started", started.toString());
    }

    /** The owner recorded in {@code node}, or empty when it records none whole. */
    static Optional<Owner> from(JsonNode node) {
        if (node == null || !node.path("pid").canConvertToLong() || !node.path("host").isTextual()
                || !node.path("started").isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Owner(node.get("pid").asLong(), node.get("host").asText(),
                    Instant.parse(node.get("started").asText())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A new JSON object, for {@link #into}. */
    static ObjectNode object() {
        return StrictJson.mapper().createObjectNode();
    }

    /** This host's name, read once: the kernel's, without asking a name server. */
    private static final class HostName {
        static final String NAME = read();

        private static String read() {
            for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
                try {
                    String name = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
                    if (!name.isEmpty()) {
                        return name;
                    }
                } catch (IOException | RuntimeException e) {
                    // the next way
                }
            }
            String env = System.getenv("HOSTNAME");
            if (env != null && !env.isBlank()) {
                return env.strip();
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
    }
}
