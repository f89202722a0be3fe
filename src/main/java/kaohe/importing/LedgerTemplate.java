package kaohe.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.intake.Field;
import kaohe.intake.LedgerSheet;
import kaohe.ledger.Location;
import kaohe.notice.AtomicFiles;
import kaohe.rules.InstructionLevel;
import kaohe.rules.Outlet;
import kaohe.rules.Rules;
import kaohe.rules.Unit;

/**
 * The empty monthly ledger: the five sheets with a title row, the canonical header in row 2 frozen above the
 * data, column widths that fit their content, and drop-down lists and date checks built from the rules.
 *
 * <p>The lists of units (80 in the 2018 roster), outlets and leaders are longer than the 255 characters an
 * explicit list may have, so they stand in the hidden sheet {@value #LISTS_SHEET} and the drop-downs refer
 * to them through named ranges.
 */
public final class LedgerTemplate {

    static final String LISTS_SHEET = "名单";
    /** Rows below the header that the drop-downs and date checks cover; an estimate of a busy month. */
    static final int CHECKED_ROWS = 2000;
    static final int HEADER_ROW_NUMBER = 2;

    private static final String UNIT_LIST = "单位名单";
    private static final String OUTLET_LIST = "刊物名单";
    private static final String LEADER_LIST = "批示领导名单";
    private static final Map<LedgerSheet, String> TITLES = Map.of(
            LedgerSheet.ADOPTIONS, "信息录用台账", LedgerSheet.INSTRUCTIONS, "领导批示台账",
            LedgerSheet.COMMISSIONS, "约稿任务台账", LedgerSheet.DEDUCTIONS, "扣分台账",
            LedgerSheet.SUBMISSIONS, "信息报送台账");

    private final Workbook workbook;
    private final Rules rules;
    private final YearMonth month;
    private final CellStyle titleStyle;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;

    private LedgerTemplate(Workbook workbook, Rules rules, YearMonth month) {
        this.workbook = workbook;
        this.rules = rules;
        this.month = month;
        this.titleStyle = titleStyle(workbook);
        this.headerStyle = headerStyle(workbook);
        this.dateStyle = dateStyle(workbook);
    }

    /**
     * Writes the empty ledger to {@code file} atomically, as .xls when its name ends so, else as .xlsx.
     *
     * @param month the ledger's month, for the titles; null leaves the month out
     */
    public static void write(Path file, Rules rules, YearMonth month) throws IOException {
        try (Workbook workbook = create(LedgerWorkbook.isXls(file), rules, month)) {
            AtomicFiles.write(file, temporary -> {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    workbook.write(out);
                }
            });
        }
    }

    /**
     * Builds the empty ledger; the caller writes and closes it.
     *
     * @param xls whether to build the older .xls format instead of .xlsx
     * @param month the ledger's month, for the titles; null leaves the month out
     */
    static Workbook create(boolean xls, Rules rules, YearMonth month) {
        Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        LedgerTemplate template = new LedgerTemplate(workbook, rules, month);
        for (LedgerSheet sheet : LedgerSheet.values()) {
            template.addSheet(sheet);
        }
        template.addLists();
        for (LedgerSheet sheet : LedgerSheet.values()) {
            template.addChecks(workbook.getSheet(sheet.sheetName()), sheet);
        }
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        return workbook;
    }

    /** Adds one ledger sheet, without drop-downs, to an existing ledger that lacks it. */
    static Sheet addSheet(Workbook workbook, LedgerSheet sheet, Rules rules, YearMonth month) {
        return new LedgerTemplate(workbook, rules, month).addSheet(sheet);
    }

    /** Returns the 0-based column of each field in a sheet built here, in the sheet's canonical order. */
    static Map<Field, Integer> columns(LedgerSheet sheet) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        List<LedgerSheet.Column> all = sheet.columns();
        for (int index = 0; index < all.size(); index++) {
            columns.put(all.get(index).field(), index);
        }
        return columns;
    }

    private Sheet addSheet(LedgerSheet ledgerSheet) {
        Sheet sheet = workbook.createSheet(ledgerSheet.sheetName());
        List<LedgerSheet.Column> columns = ledgerSheet.columns();
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(title(ledgerSheet));
        title.setCellStyle(titleStyle);
        sheet.getRow(0).setHeightInPoints(28);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));

        Row header = sheet.createRow(HEADER_ROW_NUMBER - 1);
        for (int index = 0; index < columns.size(); index++) {
            LedgerSheet.Column column = columns.get(index);
            Cell cell = header.createCell(index);
            cell.setCellValue(column.canonicalHeader());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(index, width(column) * 256);
            if (isDate(column.field())) {
                sheet.setDefaultColumnStyle(index, dateStyle);
            }
        }
        sheet.createFreezePane(0, HEADER_ROW_NUMBER);
        setUpPrinting(sheet);
        return sheet;
    }

    private String title(LedgerSheet sheet) {
        String prefix = month == null ? "" : month.getYear() + "年" + month.getMonthValue() + "月 ";
        return prefix + TITLES.get(sheet);
    }

    private static void setUpPrinting(Sheet sheet) {
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW_NUMBER - 1, -1, -1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** Writes the hidden sheet of names and the named ranges the drop-downs use. */
    private void addLists() {
        Sheet sheet = workbook.createSheet(LISTS_SHEET);
        List<String> units = rules.units().stream().map(Unit::name).toList();
        List<String> outlets = rules.outlets().items().stream().map(Outlet::name).toList();
        List<String> leaders = rules.instructions().items().stream().map(InstructionLevel::name).toList();
        addList(sheet, 0, "单位", units, UNIT_LIST);
        addList(sheet, 1, "录用刊物", outlets, OUTLET_LIST);
        addList(sheet, 2, "批示领导", leaders, LEADER_LIST);
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    private void addList(Sheet sheet, int column, String header, List<String> names, String rangeName) {
        row(sheet, 0).createCell(column).setCellValue(header);
        for (int index = 0; index < names.size(); index++) {
            row(sheet, index + 1).createCell(column).setCellValue(names.get(index));
        }
        sheet.setColumnWidth(column, names.stream().mapToInt(LedgerTemplate::displayWidth).max().orElse(10) * 256);
        Name name = workbook.createName();
        name.setNameName(rangeName);
        String letter = Location.columnLetters(column);
        name.setRefersToFormula("'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (names.size() + 1));
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** Adds the drop-down lists and date checks to the data rows of one sheet. */
    private void addChecks(Sheet sheet, LedgerSheet ledgerSheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        columns(ledgerSheet).forEach((field, column) -> {
            DataValidation validation = validation(helper, field, column);
            if (validation != null) {
                sheet.addValidationData(validation);
            }
        });
    }

    private static DataValidation validation(DataValidationHelper helper, Field field, int column) {
        CellRangeAddressList cells =
                new CellRangeAddressList(HEADER_ROW_NUMBER, HEADER_ROW_NUMBER + CHECKED_ROWS - 1, column, column);
        return switch (field) {
            case UNIT -> warning(helper.createValidation(helper.createFormulaListConstraint(UNIT_LIST), cells),
                    "单位不在名单中", "请从下拉列表中选择单位。联合报送的信息可写多个单位，用顿号“、”分隔");
            case OUTLET -> warning(helper.createValidation(helper.createFormulaListConstraint(OUTLET_LIST),
                    cells), "刊物不在分值表中", "请从下拉列表中选择刊物或媒体；表中没有的主要媒体选“市级主要媒体”等");
            case LEADER -> warning(helper.createValidation(helper.createFormulaListConstraint(LEADER_LIST),
                    cells), "批示领导不在表中", "请从下拉列表中选择批示领导的级别");
            case CONFIRMED -> stop(helper.createValidation(
                    helper.createExplicitListConstraint(new String[] {"是", "否"}), cells),
                    "审核只能填 是 或 否", "媒体报道经区跑改办审核确定的填“是”");
            case DATE, DEADLINE -> stop(helper.createValidation(dateConstraint(helper), cells),
                    "不是日期", "请填写日期，如 2018-06-05 或 2018/6/5");
            case COMPLETION -> warning(helper.createValidation(dateConstraint(helper), cells),
                    "不是日期", "请填写完成日期，如 2018-06-05；已完成但不记日期的可填“完成”");
            default -> null;
        };
    }

    private static DataValidationConstraint dateConstraint(DataValidationHelper helper) {
        return helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "=DATE(2000,1,1)", "=DATE(2099,12,31)", "yyyy-MM-dd");
    }

    private static DataValidation warning(DataValidation validation, String title, String text) {
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        return explain(validation, title, text);
    }

    private static DataValidation stop(DataValidation validation, String title, String text) {
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        return explain(validation, title, text);
    }

    private static DataValidation explain(DataValidation validation, String title, String text) {
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, text);
        validation.setEmptyCellAllowed(true);
        return validation;
    }

    /** Returns the column width in characters: the wider of header and expected content, plus a margin. */
    private int width(LedgerSheet.Column column) {
        int content = switch (column.field()) {
            case UNIT -> Math.min(30, rules.units().stream().mapToInt(unit -> displayWidth(unit.name())).max()
                    .orElse(20));
            case OUTLET -> Math.min(30, rules.outlets().items().stream()
                    .mapToInt(outlet -> displayWidth(outlet.name())).max().orElse(20));
            case LEADER -> 12;
            case TITLE, TOPIC, REASON -> 50;
            case REMARK -> 24;
            case DATE, DEADLINE, COMPLETION -> 12;
            default -> 8;
        };
        return Math.max(content, displayWidth(column.canonicalHeader())) + 2;
    }

    /** Returns the width of a text in characters, counting a CJK character as two, as Excel roughly shows it. */
    static int displayWidth(String text) {
        return text.codePoints().map(point -> point < 0x1100 ? 1 : 2).sum();
    }

    static boolean isDate(Field field) {
        return field == Field.DATE || field == Field.DEADLINE || field == Field.COMPLETION;
    }

    private static CellStyle titleStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Creates a style that shows a date cell as 2018-06-05. */
    static CellStyle dateStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }
}
