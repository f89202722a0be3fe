package kaohe.rules;

import java.math.BigDecimal;

/**
 * An assessment series (考核序列) and the yearly score its units must reach.
 *
 * @param code the series' name as the roster writes it: "A", "B", "C"
 */
public record Series(String code, BigDecimal target) {

    /** The name the notice shows: "A类". */
    public String label() {
        return code + "类";
    }
}
