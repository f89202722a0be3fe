package kaohe.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kaohe.ledger.Location;
import kaohe.ledger.RawCell;
import kaohe.rules.InstructionLevel;
import kaohe.rules.Names;
import kaohe.rules.Outlet;
import kaohe.rules.Rules;
import kaohe.rules.Suggestions;
import kaohe.rules.Unit;
import kaohe.scoring.Adoption;
import kaohe.scoring.Commission;
import kaohe.scoring.Deduction;
import kaohe.scoring.Instruction;
import kaohe.scoring.LedgerRecords;
import kaohe.scoring.SetAside;
import kaohe.scoring.Submission;

/**
 * Turns data rows into records, checking every value against the rules. A row with a value that cannot be
 * used becomes a problem naming its cell; it never stops the run.
 */
public final class RecordBuilder {

    /** The characters between the units of a joint article. */
    private static final String JOINT_SEPARATORS = "、,;/";
    private static final Set<String> TOTAL_ROWS = Set.of("合计", "小计", "总计");
    private static final int MAX_SHARED_DATES = 10_000;
    private static final int MAX_SHARED_UNITS = 10_000;

    private final Rules rules;
    private final YearMonth month;
    private final boolean date1904;
    private final LedgerRecords records;
    /**
     * One list per single unit and one instance per date, shared by every record that has it, because a
     * million-row ledger repeats a few hundred of each and every copy costs heap.
     */
    private final Map<Unit, List<Unit>> singleUnits = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();
    private final Map<String, LocalDate> datesByText = new HashMap<>();
    /**
     * The units of each 单位 text read before, shared by the rows that repeat it, so that most rows neither
     * compact their text nor look it up in the roster, and joint articles share one list per spelling.
     */
    private final Map<String, List<Unit>> unitsByText = new HashMap<>();
    /** The sheet of the last adoption built, which the next row of the same sheet shares. */
    private Adoption.Sheet adoptionSheet;

    RecordBuilder(Rules rules, YearMonth month, boolean date1904, LedgerRecords records) {
        this.rules = rules;
        this.month = month;
        this.date1904 = date1904;
        this.records = records;
    }

    /**
     * Creates a builder that checks rows one at a time with {@link #record} and collects nothing, as an import does.
     *
     * @param month the month of the ledger the rows go into, whose year dates such as 6月5日 take
     */
    public static RecordBuilder checking(Rules rules, YearMonth month, boolean date1904) {
        return new RecordBuilder(rules, month, date1904, new LedgerRecords());
    }

    /** Adds the record of one row, or sets it aside. */
    void add(LedgerSheet sheet, MappedRow row) {
        if (isTotalRow(row)) {
            records.setAside.add(new SetAside(row.row(), SetAside.Disposition.NOT_COUNTED, "合计行，不是一条记录"));
            return;
        }
        try {
            collect(record(sheet, row));
        } catch (RowProblem problem) {
            records.setAside.add(new SetAside(problem.location, SetAside.Disposition.PROBLEM, problem.getMessage()));
        }
    }

    /** Returns whether the row is a 合计, 小计 or 总计 line rather than a record. */
    public static boolean isTotalRow(MappedRow row) {
        return TOTAL_ROWS.contains(Names.compact(CellReader.text(row.cell(Field.UNIT))));
    }

    private void collect(Object record) {
        if (record instanceof Adoption adoption) {
            records.adoptions.add(adoption);
        } else if (record instanceof Instruction instruction) {
            records.instructions.add(instruction);
        } else if (record instanceof Commission commission) {
            records.commissions.add(commission);
        } else if (record instanceof Deduction deduction) {
            records.deductions.add(deduction);
        } else {
            records.submissions.add((Submission) record);
        }
    }

    /**
     * Checks one row and returns its record: an {@link Adoption}, {@link Instruction}, {@link Commission},
     * {@link Deduction} or {@link Submission}, by sheet.
     *
     * @throws RowProblem when a value cannot be used, with the same message scoring would give
     */
    public Object record(LedgerSheet sheet, MappedRow row) throws RowProblem {
        checkErrorCells(row);
        return switch (sheet) {
            case ADOPTIONS -> adoption(row);
            case INSTRUCTIONS -> instruction(row);
            case COMMISSIONS -> commission(row);
            case DEDUCTIONS -> deduction(row);
            case SUBMISSIONS -> submission(row);
        };
    }

    /**
     * Rejects a row with an error value in a column that matters, such as "#N/A" from a failed lookup, which
     * would otherwise read as an unknown unit or date. An error in 备注 is kept as its text.
     */
    private static void checkErrorCells(MappedRow row) throws RowProblem {
        for (Map.Entry<Field, RawCell> entry : row.cells().entrySet()) {
            RawCell cell = entry.getValue();
            if (cell.kind() != RawCell.Kind.ERROR || entry.getKey() == Field.REMARK) {
                continue;
            }
            if (RawCell.NO_CACHED_VALUE.equals(cell.text())) {
                throw new RowProblem(row.at(entry.getKey()), "是公式，但文件中没有保存它的计算结果，"
                        + "请在 Excel 或 WPS 中打开台账并保存后再试");
            }
            throw new RowProblem(row.at(entry.getKey()), "是错误值“" + cell.text() + "”（公式出错或内容损坏），"
                    + "请改正公式或直接填入内容");
        }
    }

    private Adoption adoption(MappedRow row) throws RowProblem {
        List<Unit> units = units(row);
        String title = required(row, Field.TITLE, "信息标题");
        Outlet outlet = outlet(row);
        LocalDate date = date(row, Field.DATE, "录用日期", true);
        Location source = row.row();
        if (adoptionSheet == null || !adoptionSheet.contains(source, month)) {
            adoptionSheet = new Adoption.Sheet(source.file(), source.sheet(), source.columnIndex(), month);
        }
        return new Adoption(adoptionSheet, source.rowNumber(), units, title,
                CellReader.code(row.cell(Field.ARTICLE_NUMBER)), outlet, date,
                CellReader.confirms(row.cell(Field.CONFIRMED)), CellReader.text(row.cell(Field.REMARK)));
    }

    private Instruction instruction(MappedRow row) throws RowProblem {
        // An instruction on a joint article may name all its units; any one of them finds the article.
        Unit unit = units(row).get(0);
        String title = CellReader.text(row.cell(Field.TITLE));
        String number = CellReader.code(row.cell(Field.ARTICLE_NUMBER));
        if (title.isEmpty() && number.isEmpty()) {
            throw new RowProblem(row.at(Field.TITLE), "信息标题和信息编号都为空，无法确定批示的是哪篇信息");
        }
        String leader = required(row, Field.LEADER, "批示领导");
        InstructionLevel level = rules.instructions().find(leader);
        if (level == null) {
            level = rules.instructions().find(leader.replaceFirst("批示$", ""));
        }
        if (level == null) {
            throw new RowProblem(row.at(Field.LEADER), "无法识别的批示领导“" + leader + "”"
                    + hint(rules.instructions().suggest(leader), "应为 区领导、市主要领导、市其他领导、省主要领导、省其他领导 或 国家领导人"));
        }
        // The record points at the cell naming the article, which a problem with the instruction is about.
        Location source = row.at(title.isEmpty() ? Field.ARTICLE_NUMBER : Field.TITLE);
        return new Instruction(source, month, unit, title, number, level, date(row, Field.DATE, "批示日期", false));
    }

    private Commission commission(MappedRow row) throws RowProblem {
        String topic = required(row, Field.TOPIC, "主题");
        Unit unit = unit(row, CellReader.text(row.cell(Field.UNIT)));
        LocalDate deadline = date(row, Field.DEADLINE, "截止日期", true);
        RawCell completion = row.cell(Field.COMPLETION);
        LocalDate completedOn = null;
        boolean done = false;
        if (row.has(Field.COMPLETION) && !CellReader.saysNotDone(completion)) {
            done = CellReader.saysDone(completion);
            if (!done) {
                completedOn = date(row, Field.COMPLETION, "完成日期", true);
            }
        }
        return new Commission(row.row(), month, CellReader.code(row.cell(Field.COMMISSION_NUMBER)), topic, unit,
                deadline, completedOn, done);
    }

    private Deduction deduction(MappedRow row) throws RowProblem {
        Unit unit = unit(row, CellReader.text(row.cell(Field.UNIT)));
        String reason = required(row, Field.REASON, "事由");
        required(row, Field.POINTS, "扣分");
        BigDecimal points = CellReader.points(row.cell(Field.POINTS));
        if (points == null) {
            throw new RowProblem(row.at(Field.POINTS), "扣分“" + CellReader.text(row.cell(Field.POINTS)) + "”不是数字");
        }
        return new Deduction(row.at(Field.POINTS), month, unit, reason, points, date(row, Field.DATE, "日期", false));
    }

    private Submission submission(MappedRow row) throws RowProblem {
        Unit unit = unit(row, CellReader.text(row.cell(Field.UNIT)));
        String title = required(row, Field.TITLE, "信息标题");
        return new Submission(row.row(), month, unit, title, date(row, Field.DATE, "报送日期", false));
    }

    /** The units of a 录用 row: one, or several for a joint article separated by 、 , ; or /. */
    private List<Unit> units(MappedRow row) throws RowProblem {
        String text = required(row, Field.UNIT, "单位");
        List<Unit> units = unitsByText.get(text);
        if (units == null) {
            // A text naming an unknown unit throws here, so only texts that name units are remembered.
            units = parseUnits(row, text);
            if (unitsByText.size() < MAX_SHARED_UNITS) {
                unitsByText.put(text, units);
            }
        }
        return units;
    }

    private List<Unit> parseUnits(MappedRow row, String text) throws RowProblem {
        String names = Names.compact(text);
        if (!containsAny(names, JOINT_SEPARATORS)) {
            return names.isEmpty() ? List.of() : singleUnits.computeIfAbsent(unit(row, names), List::of);
        }
        Set<Unit> units = new LinkedHashSet<>();
        int start = 0;
        for (int end = 0; end <= names.length(); end++) {
            if (end == names.length() || JOINT_SEPARATORS.indexOf(names.charAt(end)) >= 0) {
                if (end > start) {
                    units.add(unit(row, names.substring(start, end)));
                }
                start = end + 1;
            }
        }
        if (units.size() == 1) {
            return singleUnits.computeIfAbsent(units.iterator().next(), List::of);
        }
        return List.copyOf(units);
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Unit unit(MappedRow row, String name) throws RowProblem {
        if (name.isEmpty()) {
            throw new RowProblem(row.at(Field.UNIT), "单位为空");
        }
        Unit unit = rules.roster().find(name);
        if (unit == null) {
            throw new RowProblem(row.at(Field.UNIT), "无法识别的单位“" + name + "”"
                    + hint(rules.roster().suggest(name), "请改为名单中的单位名称，或在 --rules 的单位表中加入别名"));
        }
        return unit;
    }

    private Outlet outlet(MappedRow row) throws RowProblem {
        String name = required(row, Field.OUTLET, "录用刊物");
        Outlet outlet = rules.outlets().find(name);
        if (outlet == null) {
            throw new RowProblem(row.at(Field.OUTLET), "无法识别的刊物或媒体“" + name + "”"
                    + hint(rules.outlets().suggest(name), "请改为分值表中的刊物或媒体名称，或在 --rules 的渠道表中加入别名"));
        }
        return outlet;
    }

    private static String hint(List<String> suggestions, String otherwise) {
        return suggestions.isEmpty() ? "，" + otherwise : Suggestions.hint(suggestions);
    }

    private static String required(MappedRow row, Field field, String header) throws RowProblem {
        String text = CellReader.text(row.cell(field));
        if (text.isEmpty()) {
            throw new RowProblem(row.at(field), header + "为空");
        }
        return text;
    }

    /** Reads a date; a blank optional date is null, a blank required one or an unreadable one a problem. */
    private LocalDate date(MappedRow row, Field field, String header, boolean required) throws RowProblem {
        RawCell cell = row.cell(field);
        if (cell == null || CellReader.text(cell).isEmpty()) {
            if (required) {
                throw new RowProblem(row.at(field), header + "为空");
            }
            return null;
        }
        LocalDate date = cell.kind() == RawCell.Kind.TEXT ? textDate(cell) : DateReader.read(cell, date1904,
                month.getYear());
        if (date == null) {
            throw new RowProblem(row.at(field), "无法识别的日期“" + CellReader.text(cell)
                    + "”，请写成 2018-06-05、2018/6/5、2018年6月5日 或 6月5日 的形式");
        }
        // The cap only stops sharing; a ledger with dates spread over more than 30 years still reads.
        if (dates.size() < MAX_SHARED_DATES) {
            return dates.computeIfAbsent(date, key -> key);
        }
        return dates.getOrDefault(date, date);
    }

    /**
     * Reads a date typed as text, remembering the dates of up to {@link #MAX_SHARED_DATES} texts. A month's
     * ledger has about one such text per day and spelling, and reading one takes several regular expressions.
     */
    private LocalDate textDate(RawCell cell) {
        LocalDate date = datesByText.get(cell.text());
        if (date == null) {
            date = DateReader.read(cell, date1904, month.getYear());
            if (date != null && datesByText.size() < MAX_SHARED_DATES) {
                datesByText.put(cell.text(), date);
            }
        }
        return date;
    }

    /** A value in one row that cannot be used; the row becomes a problem and the run goes on. */
    public static final class RowProblem extends Exception {
        final transient Location location;

        RowProblem(Location location, String message) {
            super(message, null, false, false);
            this.location = location;
        }

        /** Returns the cell of the value, or the row when the value is missing. */
        public Location location() {
            return location;
        }
    }
}
