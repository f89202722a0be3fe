package kaohe.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import kaohe.rules.Outlet;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.rules.Unit;

/**
 * Writes a synthetic June 2018 ledger of a given number of 录用 rows for the benchmark, with 批示, 约稿, 扣分
 * and 报送 rows in proportion (5 %, 1 %, 0.5 % and 10 % of the 录用 rows). Units and outlets come from the
 * default rules. An article has one to four adoption rows and a few are joint. Some rows are exact
 * duplicates, unconfirmed media reports or rows of exempt units, so that every path of the scoring runs.
 *
 * <p>The workbook is streamed with {@link SXSSFWorkbook} and a shared-string table, as Excel saves it, so
 * the generator's memory grows with the distinct strings only (about 0.8 per row), not with the cells.
 * The same row count gives the same rows on every run, because the random numbers have a fixed seed.
 *
 * <p>Usage: {@code BenchLedger ROWS FILE}.
 */
public final class BenchLedger {

    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 6, 1);
    private static final String[] TOPICS = {"深化“最多跑一次”改革", "推进“无差别全科受理”", "优化营商环境",
        "推行“一窗受理、集成服务”", "开展“减证便民”行动", "建设“掌上办事”平台", "推进投资项目审批提速", "打通部门数据壁垒"};
    private static final String[] ACTIONS = {"的做法", "的经验", "取得新成效", "的探索与实践", "工作综述", "的若干举措"};
    private static final String[] LEADERS = {"区领导", "市主要领导", "市其他领导", "省主要领导", "省其他领导", "国家领导人"};
    private static final String[] REASONS = {"重大信息漏报", "重要信息迟报", "报送信息失实"};
    private static final int ROW_WINDOW = 500;

    private final SplittableRandom random = new SplittableRandom(20180630L);
    private final List<Unit> assessed;
    private final List<Unit> exempt;
    private final List<Outlet> outlets;
    private final int rows;
    private CellStyle dateStyle;

    private BenchLedger(Rules rules, int rows) {
        this.assessed = rules.units().stream().filter(unit -> !unit.isExempt()).toList();
        this.exempt = rules.units().stream().filter(Unit::isExempt).toList();
        this.outlets = rules.outlets().items();
        this.rows = rows;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BenchLedger ROWS FILE");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        new BenchLedger(RulesLoader.defaults(), rows).write(temporary);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private void write(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, true)) {
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            writeAdoptions(workbook.createSheet("录用"));
            writeInstructions(workbook.createSheet("批示"), rows / 20);
            writeCommissions(workbook.createSheet("约稿"), rows / 100);
            writeDeductions(workbook.createSheet("扣分"), rows / 200);
            writeSubmissions(workbook.createSheet("报送"), rows / 10);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** Writes the 录用 sheet: a merged title row, the header, then articles of one to four rows each. */
    private void writeAdoptions(Sheet sheet) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("2018年6月信息录用台账");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        header(sheet.createRow(1), "单位", "信息标题", "信息编号", "录用刊物", "录用日期", "审核", "备注");
        int next = 2;
        for (int article = 1; next - 2 < rows; article++) {
            String unit = unitOf(article);
            String heading = titleOf(article);
            int copies = Math.min(1 + random.nextInt(4), rows - (next - 2));
            for (int copy = 0; copy < copies; copy++) {
                Outlet outlet = outlets.get(random.nextInt(outlets.size()));
                Row row = sheet.createRow(next++);
                text(row, 0, unit);
                text(row, 1, heading);
                text(row, 2, "XS2018-" + article);
                text(row, 3, outlet.name());
                date(row, 4, article, copy);
                text(row, 5, !outlet.isMedia() || random.nextInt(10) > 0 ? "是" : "");
                text(row, 6, random.nextInt(50) == 0 ? "转载" : "");
            }
        }
    }

    /** Picks the 单位 text of an article: one assessed unit, or for 1 % two units, or for 2 % an exempt unit. */
    private String unitOf(int article) {
        int roll = random.nextInt(100);
        if (roll == 0) {
            return name(assessed, article) + "、" + name(assessed, article + 7);
        }
        return roll <= 2 ? name(exempt, article) : name(assessed, article);
    }

    private static String name(List<Unit> units, int index) {
        return units.get(Math.floorMod(index * 31, units.size())).name();
    }

    private static String titleOf(int article) {
        return "萧山区" + TOPICS[article % TOPICS.length] + ACTIONS[article / TOPICS.length % ACTIONS.length]
                + "（第" + article + "号）";
    }

    /** Writes an adoption date: a date cell mostly, text in one row out of twenty, a repeated date at times. */
    private void date(Row row, int column, int article, int copy) {
        LocalDate day = FIRST_DAY.plusDays((article + copy * (random.nextInt(3) == 0 ? 0 : 3)) % 30);
        if (random.nextInt(20) == 0) {
            text(row, column, day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
        } else {
            Cell cell = row.createCell(column);
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
        }
    }

    private void writeInstructions(Sheet sheet, int count) {
        header(sheet.createRow(0), "单位", "信息标题", "批示领导", "批示日期");
        int articles = Math.max(1, rows * 2 / 5);
        for (int i = 0; i < count; i++) {
            int article = 1 + random.nextInt(articles);
            Row row = sheet.createRow(i + 1);
            text(row, 0, name(assessed, article));
            text(row, 1, titleOf(article));
            text(row, 2, LEADERS[random.nextInt(LEADERS.length)]);
            dateCell(row, 3, FIRST_DAY.plusDays(random.nextInt(30)));
        }
    }

    private void writeCommissions(Sheet sheet, int count) {
        header(sheet.createRow(0), "约稿编号", "主题", "单位", "截止日期", "完成日期");
        for (int i = 0; i < count; i++) {
            Row row = sheet.createRow(i + 1);
            LocalDate deadline = FIRST_DAY.plusDays(random.nextInt(40));
            text(row, 0, "YG-" + (i + 1));
            text(row, 1, TOPICS[i % TOPICS.length] + "专题约稿");
            text(row, 2, name(assessed, i));
            dateCell(row, 3, deadline);
            int state = random.nextInt(4);
            if (state == 1) {
                dateCell(row, 4, deadline.plusDays(random.nextInt(5) - 2));
            } else if (state == 2) {
                text(row, 4, "已完成");
            }
        }
    }

    private void writeDeductions(Sheet sheet, int count) {
        header(sheet.createRow(0), "单位", "事由", "扣分", "日期");
        for (int i = 0; i < count; i++) {
            Row row = sheet.createRow(i + 1);
            text(row, 0, name(assessed, i));
            text(row, 1, REASONS[i % REASONS.length] + "（第" + (i + 1) + "次）");
            row.createCell(2).setCellValue(1 + random.nextInt(5));
            dateCell(row, 3, FIRST_DAY.plusDays(random.nextInt(30)));
        }
    }

    private void writeSubmissions(Sheet sheet, int count) {
        header(sheet.createRow(0), "单位", "信息标题", "报送日期");
        for (int i = 0; i < count; i++) {
            int article = 1 + i * 3;
            Row row = sheet.createRow(i + 1);
            text(row, 0, name(assessed, article));
            text(row, 1, titleOf(article));
            dateCell(row, 2, FIRST_DAY.plusDays(random.nextInt(30)));
        }
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static void text(Row row, int column, String value) {
        if (!value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private void dateCell(Row row, int column, LocalDate day) {
        Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(dateStyle);
    }
}
