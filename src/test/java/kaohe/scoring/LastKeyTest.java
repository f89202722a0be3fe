package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.rules.Names;

class LastKeyTest {

    private final List<String> computed = new ArrayList<>();
    private final LastKey titles = new LastKey(text -> {
        computed.add(text);
        return Names.titleKey(text);
    });

    @Test
    void repeatedTextReturnsRememberedKey() {
        String first = titles.of("数据共享（第１号）");
        String second = titles.of(new String("数据共享（第１号）"));

        assertEquals("数据共享第1号", first);
        assertSame(first, second);
        assertEquals(List.of("数据共享（第１号）"), computed);
    }

    @Test
    void otherTextComputesItsOwnKey() {
        assertEquals("数据共享", titles.of("数据共享。"));
        assertEquals("养老一次办", titles.of("养老 一次办"));
        assertEquals("数据共享", titles.of("数据共享。"));

        assertEquals(List.of("数据共享。", "养老 一次办", "数据共享。"), computed);
    }

    @Test
    void nullTextKeyIsEmpty() {
        assertEquals("", titles.of(null));
        assertEquals("", titles.of(null));
        assertEquals("数据共享", titles.of("数据共享"));
    }
}
