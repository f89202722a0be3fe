package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Widths of text in zeros and the lines it wraps to. */
class TextWidthTest {

    @Test
    void chineseCountsTwiceLatinOnce() {
        assertEquals(0, TextWidth.of(""));
        assertEquals(3, TextWidth.of("a1 "));
        assertEquals(8, TextWidth.of("区发改局"));
        assertEquals(8, TextWidth.of("“是”A0"), "Chinese quotation marks are wide");
        assertEquals(4, TextWidth.of("𠀀𠀁"), "a supplementary CJK character is one wide character");
    }

    @Test
    void linesOfWrappedText() {
        // A column 10 zeros wide has room for 8 zeros of text a line, which is 4 Chinese characters.
        assertEquals(1, TextWidth.lines("", 10));
        assertEquals(1, TextWidth.lines("区发改局", 10));
        assertEquals(2, TextWidth.lines("区发改局a", 10));
        assertEquals(3, TextWidth.lines("区发改局区发改局区", 10));
    }

    @Test
    void eachLineBreakStartsALine() {
        assertEquals(2, TextWidth.lines("a\nb", 10));
        assertEquals(3, TextWidth.lines("a\n\nb", 10), "an empty line counts");
        assertEquals(2, TextWidth.lines("a\n", 10), "so does the empty line after a final break");
        assertEquals(3, TextWidth.lines("区发改局a\nb", 10));
    }
}
