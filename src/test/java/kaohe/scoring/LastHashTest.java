package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.rules.Names;

class LastHashTest {

    private final List<String> hashed = new ArrayList<>();
    private final LastHash titles = new LastHash(text -> {
        hashed.add(text);
        return Names.titleKeyHash(text);
    });

    @Test
    void repeatedTextReturnsRememberedHash() {
        // The key is "A1", whose hash code is 65 * 31 + 49.
        assertEquals(65 * 31 + 49, titles.of("“Ａ１”"));
        assertEquals(65 * 31 + 49, titles.of(new String("“Ａ１”")));

        assertEquals(List.of("“Ａ１”"), hashed);
    }

    @Test
    void otherTextHashesItsOwnKey() {
        assertEquals(65, titles.of("A。"));
        assertEquals(66, titles.of("B"));
        assertEquals(65, titles.of("A。"));

        assertEquals(List.of("A。", "B", "A。"), hashed);
    }

    @Test
    void nullTextHashIsZero() {
        assertEquals(0, titles.of(null));
        assertEquals(66, titles.of("B"));
    }
}
