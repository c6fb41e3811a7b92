package dev.tilik.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.review.Rating;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A save's three-way merge: what this session changed since the note file it last read or wrote
 * ({@code base}) laid over what is on disk now ({@code disk}: another reader, a shell, a second window
 * saved in between). Two people recording verdicts on one folder keep both: a finding only one side
 * changed takes that side; a finding both changed is merged field by field — the verdict, the
 * rating, the note and the draft each from the side that changed it; when both changed one field
 * differently, the later change wins and the other is kept beside it, set aside
 * ({@link SetAside}: the note file's {@code setAside}, shown in the reader, taken back with a key), two
 * notes are both kept. Nothing one side recorded is ever dropped unsaid.
 *
 * <p>What "this session changed" means is read from the session, not guessed from the file: a
 * review absent from the session was never touched by it (kept as on disk); one older than the base's
 * ({@code updated} earlier) is a session that had not yet taken the base's change in (kept as on
 * disk); one equal to the review an earlier save laid into the base ({@code sent}) is a change the base
 * already holds, merged (a save of the session asked before that merge came back to it); a blank review (note and verdict cleared) newer than the base's clears it; an id the session
 * moved (its {@code formerIds}) is gone on this side.
 */
public final class NoteSync {

    /**
     * The merged note file, how many findings came from the disk's side (added or changed there) and
     * one line per finding both sides gave a different verdict or rating (the one set aside).
     */
    public record Merged(NoteFile file, int theirs, List<String> conflicts) {
        public Merged {
            conflicts = List.copyOf(conflicts);
        }

        /** The merged reviews, as a session holds them. */
        public Map<String, Review> reviews() {
            Map<String, Review> out = new LinkedHashMap<>();
            file.findings().forEach(n -> out.put(n.id(), n.toReview()));
            return out;
        }
    }

    private NoteSync() {
    }

    /**
     * {@code ours} (the session's note file, {@link NoteFileWriter#of}) laid over {@code disk}, both
     * read against {@code base}; {@code session} tells a review cleared or moved here from one this
     * session never had.
     */
    public static Merged merge(NoteFile base, ReviewSession session, NoteFile ours, NoteFile disk) {
        return merge(base, session, ours, disk, Map.of());
    }

    /**
     * As above; {@code sent} are the reviews of the session whose save made {@code base} (what that save
     * laid over the file then): a review of {@code session} equal to one of them is no change made here,
     * though the base holds it merged — with another reader's verdict set aside in its note, say.
     */
    public static Merged merge(NoteFile base, ReviewSession session, NoteFile ours, NoteFile disk,
                               Map<String, Review> sent) {
        Map<String, FindingNote> b = byId(base);
        Map<String, FindingNote> o = byId(ours);
        Map<String, FindingNote> t = byId(disk);
        Set<String> moved = new HashSet<>();
        session.reviews().values().forEach(r -> moved.addAll(r.formerIds()));
        LinkedHashSet<String> ids = new LinkedHashSet<>(o.keySet());
        ids.addAll(t.keySet());
        ids.addAll(b.keySet());
        List<FindingNote> out = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        int theirs = 0;
        for (String id : ids) {
            FindingNote was = b.get(id);
            FindingNote mine = o.get(id);
            FindingNote other = t.get(id);
            Review review = session.reviews().get(id);
            boolean mineChanged = (review == null || !review.equals(sent.get(id)))
                    && changedHere(id, was, mine, review, moved);
            boolean otherChanged = !Objects.equals(other, was);
            FindingNote kept;
            if (!mineChanged) {
                kept = other;
                theirs += otherChanged && other != null ? 1 : 0;
                setAsideThere(was, other, conflicts);
            } else if (!otherChanged || Objects.equals(mine, other)) {
                kept = unseen(mine, was, mine, other, sent.get(id), conflicts);
            } else if (mine == null || other == null) {
                kept = mine == null ? other : mine; // cleared on one side, changed on the other: the change stays
                theirs += mine == null ? 1 : 0;
            } else {
                kept = unseen(fields(was, mine, other, conflicts), was, mine, other, sent.get(id), conflicts);
                theirs++;
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        Map<String, ArticleEntry> articles = new LinkedHashMap<>();
        ours.articles().forEach(a -> articles.put(a.path(), a));
        disk.articles().forEach(a -> articles.putIfAbsent(a.path(), a));
        Map<String, JsonNode> extra = new LinkedHashMap<>(disk.extra());
        extra.putAll(ours.extra());
        String folder = ours.folder() != null ? ours.folder() : disk.folder();
        return new Merged(new NoteFile(NoteFile.VERSION, folder, List.copyOf(articles.values()), out, extra), theirs,
                conflicts);
    }

    /** Whether this session changed the finding since {@code was}: see the class comment. */
    private static boolean changedHere(String id, FindingNote was, FindingNote mine, Review review, Set<String> moved) {
        if (review == null) {
            return was != null && moved.contains(id); // moved to another id here; else never touched here
        }
        if (Objects.equals(mine, was)) {
            return false;
        }
        return was == null || !review.updated().isBefore(Instant.parse(was.updated()));
    }

    /** A finding both sides changed, field by field against {@code was} (null: both recorded it anew). */
    private static FindingNote fields(FindingNote was, FindingNote mine, FindingNote other, List<String> conflicts) {
        Instant mineAt = Instant.parse(mine.updated());
        Instant otherAt = Instant.parse(other.updated());
        boolean mineLater = !mineAt.isBefore(otherAt);
        List<SetAside> setAside = new ArrayList<>();
        Verdict wasVerdict = was == null ? Verdict.UNREVIEWED : was.verdict();
        Verdict verdict = pick(wasVerdict, mine.verdict(), other.verdict(), mineLater);
        if (mine.verdict() != wasVerdict && other.verdict() != wasVerdict && mine.verdict() != other.verdict()) {
            Verdict lost = verdict == mine.verdict() ? other.verdict() : mine.verdict();
            Instant lostAt = verdict == mine.verdict() ? otherAt : mineAt;
            setAside.add(SetAside.ofVerdict(lost, verdict, lostAt));
        }
        Rating wasRating = was == null ? null : was.rating();
        Rating rating = pick(wasRating, mine.rating(), other.rating(), mineLater);
        if (mine.rating() != wasRating && other.rating() != wasRating && mine.rating() != other.rating()) {
            Rating lost = rating == mine.rating() ? other.rating() : mine.rating();
            setAside.add(SetAside.ofRating(lost, rating, rating == mine.rating() ? otherAt : mineAt));
        }
        String wasNote = was == null ? "" : was.note();
        String note = notes(wasNote, mine.note(), other.note(), mineLater);
        String wasDraft = was == null ? "" : was.draft();
        String draft = pick(wasDraft, mine.draft(), other.draft(), mineLater);
        LinkedHashSet<String> former = new LinkedHashSet<>(other.formerIds());
        former.addAll(mine.formerIds());
        Map<String, JsonNode> extra = new LinkedHashMap<>(other.extra());
        extra.putAll(mine.extra());
        String created = Instant.parse(other.created()).isBefore(Instant.parse(mine.created())) ? other.created()
                : mine.created();
        String updated = mineLater ? mine.updated() : other.updated();
        String title = mine.title();
        if (!setAside.isEmpty()) {
            conflicts.add((title.isBlank() ? mine.id() : title) + ": "
                    + String.join("; ", setAside.stream().map(a -> a.describe() + ", chosen later").toList()));
        }
        List<SetAside> aside = new ArrayList<>(setAsides(was, mine, other));
        aside.addAll(setAside);
        return new FindingNote(mine.id(), mine.type(), title, mine.statements(), verdict, rating, note, created,
                updated, new ArrayList<>(former), draft, aside, mineLater ? mine.seen() : other.seen(), extra);
    }

    /**
     * {@code kept}, the finding as this side's change leaves it, with the verdict (or rating) it replaced set aside
     * when that one was never seen here: another reader chose it later than the review this side's change was made
     * on top of ({@code mine.seen}), and it was not already there then ({@code was}, seen). A watch's merge taken
     * in a moment before the key that changed the verdict, or in flight when it was pressed, made the key replace
     * it silently.
     */
    private static FindingNote unseen(FindingNote kept, FindingNote was, FindingNote mine, FindingNote other,
                                      Review sentHere, List<String> conflicts) {
        if (kept == null || mine == null || other == null || !Objects.equals(kept.verdict(), mine.verdict())
                && !Objects.equals(kept.rating(), mine.rating())) {
            return kept;
        }
        Instant seen = mine.seenAt();
        Instant otherAt = Instant.parse(other.updated());
        if (seen != null && !otherAt.isAfter(seen)) {
            return kept;
        }
        boolean wasSeen = seen != null && was != null && !Instant.parse(was.updated()).isAfter(seen);
        List<SetAside> added = new ArrayList<>();
        // A verdict or rating this session itself held when it saved the base was chosen or shown here — its own
        // key, pressed again before the frame drawing the first had been painted (the stamp is the screen's) —:
        // never "not yet seen".
        if (other.verdict() != Verdict.UNREVIEWED && other.verdict() != kept.verdict() && kept.verdict() == mine.verdict()
                && !(wasSeen && was.verdict() == other.verdict())
                && !(sentHere != null && sentHere.verdict() == other.verdict())) {
            added.add(SetAside.ofVerdict(other.verdict(), kept.verdict(), otherAt));
        }
        if (other.rating() != null && other.rating() != kept.rating() && kept.rating() == mine.rating()
                && !(wasSeen && was.rating() == other.rating())
                && !(sentHere != null && sentHere.rating() == other.rating())) {
            added.add(SetAside.ofRating(other.rating(), kept.rating(), otherAt));
        }
        added.removeIf(a -> kept.setAside().stream().anyMatch(k -> k.field().equals(a.field())
                && k.value().equals(a.value()) && k.instead().equals(a.instead())));
        if (added.isEmpty()) {
            return kept;
        }
        String title = kept.title().isBlank() ? kept.id() : kept.title();
        conflicts.add(title + ": " + String.join("; ", added.stream()
                .map(a -> a.describe() + ", not yet seen here when it was replaced").toList()));
        List<SetAside> aside = new ArrayList<>(kept.setAside());
        aside.addAll(added);
        return new FindingNote(kept.id(), kept.type(), kept.title(), kept.statements(), kept.verdict(), kept.rating(),
                kept.note(), kept.created(), kept.updated(), kept.formerIds(), kept.draft(), aside, kept.seen(),
                kept.extra());
    }

    /**
     * What both sides had set aside, three ways: one either side set aside since {@code was} is kept, one
     * either side took back (it was in {@code was} and is no longer on that side) goes.
     */
    private static List<SetAside> setAsides(FindingNote was, FindingNote mine, FindingNote other) {
        List<SetAside> before = was == null ? List.of() : was.setAside();
        LinkedHashSet<SetAside> out = new LinkedHashSet<>(other.setAside());
        out.addAll(mine.setAside());
        out.removeIf(a -> before.contains(a) && (!mine.setAside().contains(a) || !other.setAside().contains(a)));
        return List.copyOf(out);
    }

    /**
     * A conflict the other side's save wrote into a note (this side's verdict set aside there): said
     * here too, so the reader whose verdict lost hears of it, not only the one whose verdict won.
     */
    private static void setAsideThere(FindingNote was, FindingNote other, List<String> conflicts) {
        if (other == null) {
            return;
        }
        String title = other.title().isBlank() ? other.id() : other.title();
        for (SetAside a : other.setAside()) {
            if (was == null || !was.setAside().contains(a)) {
                conflicts.add(title + ": " + a.describe() + ", chosen later");
            }
        }
    }

    /** One field: the side that changed it; both changed it differently: the later one's. */
    private static <T> T pick(T was, T mine, T other, boolean mineLater) {
        if (Objects.equals(mine, was)) {
            return other;
        }
        if (Objects.equals(other, was) || Objects.equals(mine, other)) {
            return mine;
        }
        return mineLater ? mine : other;
    }

    /** The note: the side that changed it; both changed it: both kept, the later first. */
    private static String notes(String was, String mine, String other, boolean mineLater) {
        if (mine.equals(was) || mine.isEmpty() && !other.isEmpty()) {
            return other;
        }
        if (other.equals(was) || other.isEmpty() || mine.equals(other) || mine.contains(other)) {
            return mine;
        }
        if (other.contains(mine)) {
            return other;
        }
        return mineLater ? alsoNoted(mine, other) : alsoNoted(other, mine);
    }

    /**
     * Two notes on one finding, neither dropped: {@code first}, then {@code then} after the mark every merge of two
     * notes writes (" · also noted: ").
     */
    public static String alsoNoted(String first, String then) {
        return first + " \u00B7 also noted: " + then;
    }

    /**
     * Whether two note files hold the same notes whatever the order of their findings and articles: two
     * readers that took each other's verdicts in hold the same notes, each its own first.
     */
    static boolean sameNotes(NoteFile a, NoteFile b) {
        return a.version() == b.version() && Objects.equals(a.folder(), b.folder()) && a.extra().equals(b.extra())
                && a.findings().size() == b.findings().size() && a.articles().size() == b.articles().size()
                && byId(a).equals(byId(b)) && byPath(a).equals(byPath(b));
    }

    private static Map<String, ArticleEntry> byPath(NoteFile f) {
        Map<String, ArticleEntry> out = new java.util.HashMap<>();
        f.articles().forEach(e -> out.put(e.path(), e));
        return out;
    }

    /**
     * {@code note} without the marks a merge wrote in it (a verdict or rating set aside for another
     * reader's): the fact-checker's own words, for what is published.
     */
    public static String withoutConflicts(String note) {
        return OldConflictMarks.without(note, mark -> true).strip();
    }

    private static Map<String, FindingNote> byId(NoteFile f) {
        Map<String, FindingNote> out = new LinkedHashMap<>();
        f.findings().forEach(n -> out.put(n.id(), n));
        return out;
    }
}
