package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonLocation;
import dev.tilik.json.JsonErrors;
import dev.tilik.json.JsonFileException;
import dev.tilik.json.StrictStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two reviews with one id in a note file being salvaged: the later chosen is kept (the later {@code updated} time;
 * at equal times the first in the file), in the place of the first; the other is left out, its refusal located at
 * its id and naming the one kept (whoever says it adds that this one is left out). The file as it was is kept beside it by whoever opens it ({@link NoteOpener}).
 */
final class OneReviewPerId {
    /** Where a review was read: its index in {@code findings} and the place of its id. */
    record Place(int index, JsonLocation id) {
    }

    private OneReviewPerId() {
    }

    /** {@code reviews} with one review per id; each left out added to {@code dropped}, located. */
    static List<FindingNote> keep(List<FindingNote> reviews, Map<FindingNote, Place> places, String displayName,
                                  List<JsonFileException> dropped) {
        Map<String, FindingNote> kept = new LinkedHashMap<>();
        for (FindingNote review : reviews) {
            FindingNote before = kept.get(review.id());
            if (before == null) {
                kept.put(review.id(), review);
                continue;
            }
            boolean later = chosen(review).isAfter(chosen(before));
            FindingNote winner = later ? review : before;
            FindingNote loser = later ? before : review;
            kept.put(review.id(), winner);
            dropped.add(leftOut(loser, winner, later, places, displayName));
        }
        return kept.size() == reviews.size() ? reviews : new ArrayList<>(kept.values());
    }

    private static JsonFileException leftOut(FindingNote loser, FindingNote winner, boolean later,
                                             Map<FindingNote, Place> places, String displayName) {
        Place out = places.get(loser);
        Place in = places.get(winner);
        String kept = JsonErrors.pathText(List.of("findings", in.index()));
        String why = later ? "the later chosen, " + kept + " (updated " + winner.updated() + "), is kept"
                : "the first, " + kept + ", is kept (" + (winner.updated() == null ? "no time" : "chosen at "
                + winner.updated()) + (chosen(loser).equals(chosen(winner)) ? ", as this one" : ", after this one") + ")";
        return StrictStream.at(displayName, out.id(), JsonErrors.pathText(List.of("findings", out.index(), "id"))
                + ": \"" + loser.id() + "\" " + LeftOut.TWICE + "; " + why);
    }

    /** When the review's verdict, rating or note was last chosen (the earliest instant when it has no time). */
    private static Instant chosen(FindingNote review) {
        return review.updated() == null ? Instant.MIN : Instant.parse(review.updated());
    }
}
