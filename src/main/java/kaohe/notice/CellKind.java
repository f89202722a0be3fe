package kaohe.notice;

/** How a table column shows its values, which decides the cell type, number format and alignment. */
enum CellKind {
    /** Short text on one line. */
    TEXT,
    /** Text that wraps within a capped column width. */
    WRAPPED,
    /** Text centred in its cell, for marks such as 是/否 and ★. */
    CENTERED,
    /** A whole number such as a count. */
    COUNT,
    /** A place in a ranking: a whole number, centred. */
    PLACE,
    /** Points: shown whole when whole ("15"), else to two places ("12.50"). */
    POINTS,
    /** A decimal fraction shown as a percentage with one decimal ("57.1%"). */
    PERCENT,
    /** A date shown as 2018-06-05. */
    DATE
}
