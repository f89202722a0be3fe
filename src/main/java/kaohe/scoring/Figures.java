package kaohe.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The display forms of points and rates, in one place for the notice, the CSV and the messages. */
public final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The maximum precision of points counted in hundredths as a long, which leaves room to multiply by 100. */
    private static final int LONG_DIGITS = 16;
    private static final long[] HUNDREDTHS_PER_UNIT = {100, 10, 1};

    private Figures() {
    }

    /** Shows points whole when they are whole ("15", "-10") and to two places otherwise ("12.50"). */
    public static String points(BigDecimal points) {
        if (inHundredths(points)) {
            return hundredths(hundredthsOf(points));
        }
        if (points.stripTrailingZeros().scale() <= 0) {
            return points.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
        return points.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Tells whether {@link #points} shows the points whole: 15, 15.0 and 15.00 are whole, 12.5 is not. */
    public static boolean isWhole(BigDecimal points) {
        if (inHundredths(points)) {
            return hundredthsOf(points) % 100 == 0;
        }
        return points.stripTrailingZeros().scale() <= 0;
    }

    /**
     * Tells whether the points are an exact number of hundredths that fits a long, so that they can be shown
     * without BigDecimal's rounding. Other points give the same text through BigDecimal.
     */
    private static boolean inHundredths(BigDecimal points) {
        return points.scale() >= 0 && points.scale() < HUNDREDTHS_PER_UNIT.length
                && points.precision() <= LONG_DIGITS;
    }

    private static long hundredthsOf(BigDecimal points) {
        return points.unscaledValue().longValue() * HUNDREDTHS_PER_UNIT[points.scale()];
    }

    private static String hundredths(long count) {
        if (count % 100 == 0) {
            return Long.toString(count / 100);
        }
        long size = Math.abs(count);
        long cents = size % 100;
        return (count < 0 ? "-" : "") + size / 100 + (cents < 10 ? ".0" : ".") + cents;
    }

    /** Writes a date as Chinese documents do: "2018年6月5日". */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Rounds a rate to a percentage with one decimal, half up: 0.571428 gives 57.1. */
    public static BigDecimal percent(BigDecimal rate) {
        return rate.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    /** Shows a rate as a percentage with one decimal: "57.1%". */
    public static String percentText(BigDecimal rate) {
        return percent(rate).toPlainString() + "%";
    }

    /** The rate as the decimal fraction of its shown percentage, without trailing zeros: 0.571, 0.5, 1.25. */
    public static BigDecimal fraction(BigDecimal rate) {
        BigDecimal fraction = percent(rate).divide(HUNDRED, 3, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return fraction.scale() < 0 ? fraction.setScale(0) : fraction;
    }
}
