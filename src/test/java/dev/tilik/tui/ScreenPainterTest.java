package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The painter writes only what changed since its last frame, and the terminal then shows exactly
 * the canvas: characters, colours, modifiers, wide glyphs and their tails, control characters
 * shown as {@code ?} — counted through Lanterna's virtual terminal, never timed.
 */
class ScreenPainterTest {
    private static final String[] WORDS = {"Kim", "membantah", "klaim", " ", "北朝鮮", "한국", "😀", "e\u0301",
        "Z\u0351", "café", "\u001b[2J", "·«»", "│", "x", "中", "ab中cd", "\u3013"};
    private static final Style[] STYLES = {Style.TEXT, Style.of(Role.DIM), Style.of(Role.HEADER).strong(),
        Style.of(Role.SELECTED).inverse(), Style.of(Role.MATCH).underline(), Style.of(Role.BORDER)};

    @Test
    void oneChangedCellIsOneCharacterWritten() throws IOException {
        for (boolean color : new boolean[] {true, false}) {
            Theme theme = new Theme(color);
            CountingTerminal terminal = new CountingTerminal(80, 24);
            ScreenPainter painter = new ScreenPainter(theme);
            Canvas first = new Canvas(80, 24);
            first.put(0, 0, "Finding 1/3 中文 ok", Style.of(Role.HEADER));
            first.put(5, 10, "Kim membantah klaim itu.", Style.TEXT);
            painter.paint(first, terminal, true);
            assertThat(terminal.differenceFrom(first, theme)).isNull();

            long before = terminal.written();
            Canvas second = new Canvas(80, 24);
            second.put(0, 0, "Finding 2/3 中文 ok", Style.of(Role.HEADER));
            second.put(5, 10, "Kim membantah klaim itu.", Style.TEXT);
            painter.paint(second, terminal, false);
            assertThat(terminal.written() - before).as("characters written for one changed cell").isEqualTo(1);
            assertThat(terminal.differenceFrom(second, theme)).isNull();

            before = terminal.written();
            painter.paint(second, terminal, false);
            assertThat(terminal.written() - before).as("an unchanged frame writes nothing").isZero();

            before = terminal.written();
            Canvas third = new Canvas(80, 24);
            third.put(0, 0, "Finding 2/3 中x  ok", Style.of(Role.HEADER));
            third.put(5, 10, "Kim membantah klaim itu.", Style.TEXT);
            painter.paint(third, terminal, false);
            assertThat(terminal.written() - before).as("a wide glyph turned into a narrow one and a blank")
                    .isEqualTo(2);
            assertThat(terminal.differenceFrom(third, theme)).isNull();
        }
    }

    @Test
    void framesDrawnOverEachOtherShowExactlyTheLastCanvas() throws IOException {
        Random random = new Random(7);
        for (boolean color : new boolean[] {true, false}) {
            Theme theme = new Theme(color);
            CountingTerminal terminal = new CountingTerminal(60, 18);
            ScreenPainter painter = new ScreenPainter(theme);
            Canvas last = null;
            for (int frame = 0; frame < 200; frame++) {
                Canvas next = frame % 3 == 0 || last == null ? random(random, 60, 18) : changed(random, last);
                long before = terminal.written();
                painter.paint(next, terminal, frame == 0);
                assertThat(terminal.differenceFrom(next, theme)).as("frame %d", frame).isNull();
                if (last != null) {
                    assertThat(terminal.written() - before).as("frame %d writes no more than its changed rows", frame)
                            .isLessThanOrEqualTo(changedRowSpans(last, next));
                }
                last = next;
            }
        }
    }

    @Test
    void keyNWritesOnlyTheRowsItChangesAndLeavesTheScreenAsDrawnWhole() throws Exception {
        // Before this painter, each key set all 12,000 cells in Lanterna's back buffer and its refresh compared them all.
        CountingTerminal terminal = new CountingTerminal(200, 60);
        AtomicLong lanternaCells = new AtomicLong();
        TerminalScreen screen = new TerminalScreen(terminal) {
            @Override
            public synchronized void setCharacter(int column, int row, TextCharacter c) {
                lanternaCells.incrementAndGet();
                super.setCharacter(column, row, c);
            }

            @Override
            public synchronized void refresh(RefreshType type) throws IOException {
                lanternaCells.addAndGet(200 * 60);
                super.refresh(type);
            }
        };
        Theme theme = new Theme(false);
        try (VirtualRun run = new VirtualRun(terminal, screen, new FixtureBackend(ManyArticlesTest::big, false),
                new TuiOptions(false, null))) {
            run.await("the findings", s -> s.session() != null && s.nav().findingId() != null);
            long changed = 0;
            long written = 0;
            for (int key = 0; key < 30; key++) {
                AppState before = run.app.state();
                Canvas shown = View.render(before);
                long writtenBefore = terminal.written();
                String id = before.nav().findingId();
                run.press("n").await("the next finding", s -> !id.equals(s.nav().findingId()));
                Canvas now = View.render(run.app.state());
                long spans = changedRowSpans(shown, now);
                assertThat(terminal.differenceFrom(now, theme)).as("key %d", key).isNull();
                assertThat(terminal.written() - writtenBefore).as("characters written by n, key %d", key)
                        .isLessThanOrEqualTo(spans);
                changed += spans;
                written += terminal.written() - writtenBefore;
            }
            assertThat(written).as("characters written by 30 keys n").isLessThan(30L * 200 * 60 / 2);
            assertThat(lanternaCells).as("cells set in or compared by Lanterna's screen buffers").hasValue(0);
            System.out.printf("30 keys n at 200x60: %d characters written, changed row spans %d, whole screens %d%n",
                    written, changed, 30L * 200 * 60);
        }
    }

    /** Lanterna's virtual terminal that also takes whole glyphs, as the reader's tty does: where each went. */
    private static final class WholeGlyphs extends CountingTerminal implements GlyphTerminal {
        final java.util.List<String> sent = new java.util.ArrayList<>();

        WholeGlyphs(int width, int height) {
            super(width, height);
        }

        @Override
        public synchronized void putGlyph(String glyph) {
            com.googlecode.lanterna.TerminalPosition at = getCursorPosition();
            sent.add(at.getColumn() + ":" + glyph);
            putCharacter('#');
            setCursorPosition(at.withRelativeColumn(dev.tilik.text.Columns.width(glyph)));
        }
    }

    /**
     * An emoji was drawn as 〓: the tty is now sent the emoji itself; a sequence terminals measure
     * differently is sent as what keeps its two columns (its first picture, a flag's letters, a narrow
     * base and a space), so what follows stays in its column.
     */
    @Test
    void aTerminalThatTakesWholeCharactersGetsTheEmojiInItsColumns() throws IOException {
        WholeGlyphs terminal = new WholeGlyphs(40, 2);
        Canvas c = new Canvas(40, 2);
        c.put(0, 0, "a\uD83D\uDE00b\uD83C\uDDEE\uD83C\uDDE9c\u2764\uFE0Fd\uD83D\uDC4D\uD83C\uDFFDe"
                + "\uD83D\uDC69\u200D\uD83D\uDCBBf\u5317g", Style.TEXT);
        new ScreenPainter(new Theme(false)).paint(c, terminal, true);
        assertThat(terminal.sent).containsExactly("1:\uD83D\uDE00", "4:ID", "7:\u2764 ", "10:\uD83D\uDC4D",
                "13:\uD83D\uDC69");
        assertThat(c.row(0)).startsWith("a\uD83D\uDE00b");
        for (String letter : new String[] {"a", "b", "c", "d", "e", "f", "g"}) {
            int col = "a..b..c..d..e..f..g".indexOf(letter);
            assertThat(terminal.getCharacter(col, 0).getCharacterString()).as("column of %s", letter).isEqualTo(letter);
        }
        assertThat(terminal.getCharacter(16, 0).getCharacterString()).isEqualTo("\u5317");
    }

    /** A canvas of words in random places and styles, with an overlay box now and then. */
    private static Canvas random(Random random, int width, int height) {
        Canvas c = new Canvas(width, height);
        for (int i = 0; i < 60; i++) {
            c.put(random.nextInt(width), random.nextInt(height), WORDS[random.nextInt(WORDS.length)],
                    STYLES[random.nextInt(STYLES.length)], random.nextInt(width));
        }
        return c;
    }

    /** {@code from} with a few words written over it, as a key changes a frame. */
    private static Canvas changed(Random random, Canvas from) {
        Canvas c = copy(from);
        if (random.nextInt(4) == 0) {
            c.fill(new Rect(random.nextInt(from.width()), random.nextInt(from.height()), 20, 6),
                    STYLES[random.nextInt(STYLES.length)]);
        }
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            c.put(random.nextInt(from.width()), random.nextInt(from.height()), WORDS[random.nextInt(WORDS.length)],
                    STYLES[random.nextInt(STYLES.length)], from.width());
        }
        return c;
    }

    private static Canvas copy(Canvas from) {
        Canvas c = new Canvas(from.width(), from.height());
        for (int y = 0; y < from.height(); y++) {
            for (int x = 0; x < from.width(); x++) {
                String g = from.glyph(x, y);
                if (g != null) {
                    c.put(x, y, g, from.style(x, y), 2);
                }
            }
        }
        return c;
    }

    /** Per row, the columns from the first changed cell to the last (widened by a wide glyph's other half). */
    private static long changedRowSpans(Canvas a, Canvas b) {
        long cells = 0;
        for (int y = 0; y < a.height(); y++) {
            int first = -1;
            int last = -1;
            for (int x = 0; x < a.width(); x++) {
                if (!java.util.Objects.equals(a.glyph(x, y), b.glyph(x, y)) || !a.style(x, y).equals(b.style(x, y))) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
            if (first >= 0) {
                cells += Math.min(a.width(), last + 2) - Math.max(0, first - 1);
            }
        }
        return cells;
    }
}
