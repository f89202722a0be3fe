package kaohe.intake;

/** A column of a ledger sheet, by what it means rather than how its header is spelled. */
public enum Field {
    UNIT, TITLE, ARTICLE_NUMBER, OUTLET, DATE, CONFIRMED, REMARK, LEADER, COMMISSION_NUMBER, TOPIC, DEADLINE,
    COMPLETION, REASON, POINTS
}
