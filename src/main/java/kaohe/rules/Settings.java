package kaohe.rules;

import java.math.BigDecimal;

/**
 * The readings of the regulation that an office may choose differently, and the figures it may change.
 *
 * @param sameLevelDuplicates how two adoptions or reports of one article at the same level combine
 * @param jointArticles how a joint article's points are credited to its units
 * @param floorAtZero whether a unit's cumulative score stops at zero instead of going below it
 * @param lateCommissionPoints the points taken for each commission not completed on time (positive)
 * @param maxDeductionPoints the largest deduction one row may carry; a larger one is a problem
 * @param featuredArticles how many best-scoring articles a quarter report proposes as featured, ties included
 */
public record Settings(
        SameLevelDuplicates sameLevelDuplicates,
        JointArticles jointArticles,
        boolean floorAtZero,
        BigDecimal lateCommissionPoints,
        BigDecimal maxDeductionPoints,
        int featuredArticles) {

    /** How adoptions of one article by two outlets of the same level combine. */
    public enum SameLevelDuplicates {
        /** Only the highest-scoring adoption of the article counts. */
        HIGHEST,
        /** Adoptions of one level add up; still only the best level counts. */
        ADD
    }

    /** How a joint article's points are credited. */
    public enum JointArticles {
        /** Each unit gets the points divided by the number of units, rounded half up to two decimals. */
        SPLIT,
        /** Each unit gets the whole points. */
        EACH_FULL
    }

    /** The readings of the 2018 method. */
    public static Settings defaults() {
        return new Settings(SameLevelDuplicates.HIGHEST, JointArticles.SPLIT, false,
                BigDecimal.TEN, BigDecimal.valueOf(100), 10);
    }
}
