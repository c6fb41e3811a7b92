package dev.tilik.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** One kind of check over a story. Pure: the same story gives the same findings. */
interface Detector {
    List<Finding> detect(Story story);

    /**
     * The detection as pieces that read the story only and none of each other's state, so the engine may run them on
     * different threads; their findings, joined in the list's order ({@link #joined}), are {@link #detect}'s. One
     * piece, the whole detection, unless a detector splits its work.
     */
    default List<Part> parts(Story story) {
        return List.of(new Part(false, () -> detect(story)));
    }

    /**
     * False for a detector that never asks {@link Story#persons}: the engine runs its parts while the persons are being
     * made. Only the order of the work depends on it; a detector that says false and asks all the same waits for them.
     */
    default boolean readsPersons() {
        return true;
    }

    /**
     * One piece of a detection.
     *
     * @param costly true for a piece the profiles show among the folder's largest: the engine starts those first, so
     *               the last piece taken is a small one and the threads end together
     */
    record Part(boolean costly, Supplier<List<Finding>> work) {
    }

    /** The parts' findings in the parts' order, on the caller's thread. */
    static List<Finding> joined(List<Part> parts) {
        List<Finding> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(p.work().get()));
        return out;
    }
}
