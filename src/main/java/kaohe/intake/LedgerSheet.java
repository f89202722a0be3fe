package kaohe.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import kaohe.rules.Names;

/** The sheets of a monthly ledger, their columns and the header names each column accepts. */
public enum LedgerSheet {
    ADOPTIONS("录用", true,
            column(Field.UNIT, true, "单位", "报送单位", "信息来源"),
            column(Field.TITLE, true, "信息标题", "标题", "信息名称"),
            column(Field.OUTLET, true, "录用刊物", "刊物", "录用载体", "刊物/媒体", "媒体", "渠道"),
            column(Field.DATE, true, "录用日期", "日期", "录用时间", "刊发日期"),
            column(Field.ARTICLE_NUMBER, false, "信息编号", "编号"),
            column(Field.CONFIRMED, false, "审核", "跑改办审核", "审核确定"),
            column(Field.REMARK, false, "备注")),
    INSTRUCTIONS("批示", false,
            column(Field.UNIT, true, "单位"),
            column(Field.TITLE, false, "信息标题", "标题"),
            column(Field.ARTICLE_NUMBER, false, "信息编号", "编号"),
            column(Field.LEADER, true, "批示领导", "批示", "批示级别"),
            column(Field.DATE, false, "批示日期", "日期")),
    COMMISSIONS("约稿", false,
            column(Field.COMMISSION_NUMBER, false, "约稿编号", "编号"),
            column(Field.TOPIC, true, "主题", "约稿主题"),
            column(Field.UNIT, true, "单位", "承办单位"),
            column(Field.DEADLINE, true, "截止日期", "期限", "完成时限"),
            column(Field.COMPLETION, false, "完成日期", "报送日期", "完成情况")),
    DEDUCTIONS("扣分", false,
            column(Field.UNIT, true, "单位"),
            column(Field.REASON, true, "事由", "扣分事由", "原因"),
            column(Field.POINTS, true, "扣分", "分值"),
            column(Field.DATE, false, "日期")),
    SUBMISSIONS("报送", false,
            column(Field.UNIT, true, "单位"),
            column(Field.TITLE, true, "信息标题", "标题"),
            column(Field.DATE, false, "报送日期", "日期"));

    /** A column: its field, whether the sheet needs it, and its header names, the canonical one first. */
    public record Column(Field field, boolean required, List<String> headers) {

        /** Returns the header a new ledger gives this column, such as 录用日期. */
        public String canonicalHeader() {
            return headers.get(0);
        }
    }

    private static final Pattern HEADER_MARKS = Pattern.compile("^\\*+|\\*+$|[:：]$");
    private static final String[] NAME_SUFFIXES = {"台账", "情况", "记录", "明细", "表"};

    final String sheetName;
    final boolean required;
    final List<Column> columns;

    LedgerSheet(String sheetName, boolean required, Column... columns) {
        this.sheetName = sheetName;
        this.required = required;
        this.columns = List.of(columns);
    }

    private static Column column(Field field, boolean required, String... headers) {
        return new Column(field, required, List.of(headers));
    }

    /** Returns the sheet's name in a new ledger, such as 录用. */
    public String sheetName() {
        return sheetName;
    }

    /** Returns the sheet's columns in the order a new ledger has them. */
    public List<Column> columns() {
        return columns;
    }

    /** Returns the column of {@code field}, or null when this sheet has none. */
    public Column column(Field field) {
        return columns.stream().filter(column -> column.field() == field).findFirst().orElse(null);
    }

    /** Returns the column whose header name matches {@code header}, or null. */
    public Column columnFor(String header) {
        String key = headerKey(header);
        for (Column column : columns) {
            for (String name : column.headers) {
                if (headerKey(name).equals(key)) {
                    return column;
                }
            }
        }
        return null;
    }

    /** Header names are compared without white space, width differences, "*" marks or a trailing colon. */
    public static String headerKey(String header) {
        return HEADER_MARKS.matcher(Names.compact(header)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the ledger sheet a workbook sheet is: its name exactly, or the name followed by a word such as
     * 台账 or 情况 ("录用台账"); null for any other sheet.
     */
    public static LedgerSheet byName(String sheetName) {
        String key = Names.compact(sheetName);
        for (LedgerSheet sheet : values()) {
            if (key.equals(sheet.sheetName)) {
                return sheet;
            }
            for (String suffix : NAME_SUFFIXES) {
                if (key.equals(sheet.sheetName + suffix)) {
                    return sheet;
                }
            }
        }
        return null;
    }

    /** The names of the required columns, for messages. */
    public List<String> requiredHeaders() {
        List<String> names = new ArrayList<>();
        columns.stream().filter(Column::required).forEach(column -> names.add(column.headers.get(0)));
        return names;
    }
}
