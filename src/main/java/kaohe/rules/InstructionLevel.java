package kaohe.rules;

import java.math.BigDecimal;

/**
 * A kind of leader whose written instruction on an article adds a bonus.
 *
 * @param name the canonical name, such as "市主要领导"
 */
public record InstructionLevel(String name, Level level, BigDecimal bonus) {
}
