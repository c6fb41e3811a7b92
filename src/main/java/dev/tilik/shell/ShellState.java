package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.ReaderLock;
import dev.tilik.notes.SaveResult;
import dev.tilik.review.Rating;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the shell works on: the review session, which finding is current, and the note store that
 * saves every change at once. Commands run on the shell's thread; {@link #session()} may be read
 * from any thread (the shutdown hook reads it).
 */
public final class ShellState {
    private final NoteStore store;
    private final Clock clock;
    private volatile ReviewSession session;
    private int current;
    /** Who else has the notes open (null: nobody is asked), and what the next reply must say of them first. */
    private ReaderLock lock;
    private String warning;

    public ShellState(ReviewSession session, NoteStore store, Clock clock) {
        this.session = Objects.requireNonNull(session, "session");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Looks, before each save, whether another reader holds the note file ({@code lock}): the save
     * is about to meet theirs, and the shell says so once per other reader ({@link #warning}).
     */
    public ShellState watching(ReaderLock lock) {
        this.lock = lock;
        return this;
    }

    /**
     * What the shell says on opening of another reader holding the notes, or null: that reader is then
     * told of, so the first save does not say it again three lines later.
     */
    public String openingWarning() {
        return lock == null ? null : lock.otherToTell().map(ReaderLock::warning).orElse(null);
    }

    /** What the shell must print before the reply to the last save (another reader holds the notes), once; or null. */
    public String warning() {
        String w = warning;
        warning = null;
        return w;
    }

    public ReviewSession session() {
        return session;
    }

    public NoteStore store() {
        return store;
    }

    public List<Finding> findings() {
        return session.findings();
    }

    /** The current finding's 0-based index; meaningless when there are no findings. */
    public int index() {
        return current;
    }

    public Optional<Finding> current() {
        List<Finding> all = findings();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(current));
    }

    /** Moves by {@code delta}, stopping at either end; false when it could not move. */
    public boolean move(int delta) {
        int next = current + delta;
        if (next < 0 || next >= findings().size()) {
            return false;
        }
        current = next;
        return true;
    }

    /** Selects a finding by its number in the list (1-based) or its id; empty when none matches. */
    public Optional<Finding> select(String numberOrId) {
        Optional<Finding> f = find(numberOrId);
        f.ifPresent(found -> current = indexOf(found));
        return f;
    }

    /** A finding by its number in the list (1-based) or its id, the current finding left as it is. */
    public Optional<Finding> find(String numberOrId) {
        List<Finding> all = findings();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(numberOrId) || Integer.toString(i + 1).equals(numberOrId)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The 0-based place of {@code f} in the list, or -1. */
    public int indexOf(Finding f) {
        return findings().indexOf(f);
    }

    public SaveResult verdict(Finding f, Verdict v) {
        session = session.withVerdict(f, v, clock.instant());
        return save();
    }

    public SaveResult note(Finding f, String text) {
        session = session.withNote(f, text, clock.instant());
        return save();
    }

    public SaveResult rating(Finding f, Rating r) {
        session = session.withRating(f, r, clock.instant());
        return save();
    }

    /** The finding's last set-aside verdict or rating taken back ({@code ReviewSession.takingBack}), saved. */
    public SaveResult takeBack(Finding f) {
        session = session.takingBack(f, clock.instant());
        return save();
    }

    public SaveResult save() {
        if (lock != null) {
            lock.otherToTell().ifPresent(o -> warning = ReaderLock.warning(o));
        }
        ReviewSession sent = session;
        SaveResult r = store.save(sent);
        if (r.merged() != null) {
            session = session.adopting(sent, r.merged().reviews()); // another reader's notes, merged in
        }
        return r;
    }

    /**
     * Takes in what another reader saved to the notes since this shell last read or wrote them (a
     * save merges them), or null when nothing changed there: asked before each command, so
     * {@code list} and {@code show} read the notes as they are.
     */
    public SaveResult catchUp() {
        return store.changedOnDisk() ? save() : null;
    }
}
