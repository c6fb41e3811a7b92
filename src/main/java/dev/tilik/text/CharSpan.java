package dev.tilik.text;

/**
 * A range of characters in an article's original text: {@code start} inclusive, {@code end}
 * exclusive. The one coordinate system of Tilik: sentences, statements, cues, numbers and dates
 * are all spans into the same string.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static CharSpan of(int start, int end) {
        return new CharSpan(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(CharSpan other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** This span with leading and trailing white space of {@code text} removed. */
    public CharSpan trim(CharSequence text) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new CharSpan(s, e);
    }

    @Override
    public int compareTo(CharSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
