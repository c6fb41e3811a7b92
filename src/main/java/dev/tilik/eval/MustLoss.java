package dev.tilik.eval;

import java.util.Objects;

/**
 * Where a missed {@code must} was first lost, stage by stage as the pipeline runs: its statements not
 * extracted, extracted with the wrong stance, in no proposition they share, in one proposition but set
 * against each other by no finding, or in one finding that counts for another must or puts them
 * otherwise than the gold does (another kind, one side).
 *
 * @param place  the first stage that lost it
 * @param detail what was seen there, for a reader of the verbose evaluation ("" when nothing to add)
 */
public record MustLoss(Place place, String detail) {
    public MustLoss {
        Objects.requireNonNull(place, "place");
        detail = detail == null ? "" : detail;
    }

    /** The stages, in the order the pipeline passes them. */
    public enum Place {
        NOT_EXTRACTED("not extracted"),
        WRONG_STANCE("wrong stance"),
        NO_SHARED_PROPOSITION("in no shared proposition"),
        NOT_FLAGGED("paired but not flagged"),
        OTHER_MUST("matched to another must"),
        OTHERWISE_FLAGGED("flagged otherwise (kind or sides)");

        private final String label;

        Place(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return place.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
