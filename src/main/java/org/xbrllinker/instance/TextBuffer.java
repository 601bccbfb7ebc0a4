package org.xbrllinker.instance;

/**
 * A fact's text as it is read, holding at most {@code limit} characters while counting all of them, so a runaway text
 * block cannot take the heap; text within the limit is kept exactly.
 */
final class TextBuffer implements Appendable {

    private final int limit;
    private final StringBuilder kept = new StringBuilder();
    private long length;

    TextBuffer(int limit) {
        this.limit = limit;
    }

    @Override
    public TextBuffer append(CharSequence s) {
        return append(s, 0, s.length());
    }

    @Override
    public TextBuffer append(CharSequence s, int start, int end) {
        length += end - start;
        int room = limit - kept.length();
        if (room > 0) {
            kept.append(s, start, Math.min(start + room, end));
        }
        return this;
    }

    @Override
    public TextBuffer append(char c) {
        length++;
        if (kept.length() < limit) {
            kept.append(c);
        }
        return this;
    }

    /** Appends what another buffer kept, counting all it read. */
    TextBuffer append(TextBuffer other) {
        append(other.kept);
        length += other.length - other.kept.length();
        return this;
    }

    /** The characters read, counting those past the limit. */
    long length() {
        return length;
    }

    boolean truncated() {
        return length > kept.length();
    }

    @Override
    public String toString() {
        return kept.toString();
    }
}
