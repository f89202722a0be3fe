package kaohe.report;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.rules.Unit;
import kaohe.scoring.Adoption;
import kaohe.scoring.Figures;
import kaohe.scoring.ScoredArticle;
import kaohe.scoring.Sources;

/** The 精品信息候选 sheet: the period's best-scoring articles, proposed for the featured articles. */
final class FeaturedSheet extends ReportSheet {

    static final String NAME = "精品信息候选";

    private static final List<String> HEADER = List.of("名次", "信息标题", "单位", "计分刊物", "计分媒体", "批示",
            "刊物分", "媒体分", "批示加分", "得分", "台账行");


    FeaturedSheet(XSSFWorkbook workbook, ReportStyles styles, PeriodReport report) {
        super(workbook, styles, report, NAME);
    }

    void write() {
        String note = "按信息得分（刊物分 + 媒体分 + 批示加分，联合报送的信息按全文计）从高到低，列出前 "
                + report.featuredLimit() + " 篇，同分并列的一并列入；共 " + report.featured().size() + " 篇，"
                + "供评选本期精品信息参考";
        writer.titleBlock(report.period().title(), HEADER.size(), List.of("精品信息候选", note));
        int headerRow = writer.header(HEADER);
        writer.widths(6, 36, 24, 30, 26, 12, 7, 7, 9, 7, 26);
        if (report.featured().isEmpty()) {
            writer.note("本期没有计分的信息");
        }
        for (FeaturedArticle featured : report.featured()) {
            Row row = writer.newRow();
            writeArticle(row, featured);
            writer.fitHeight(row);
        }
        writer.printSetup(true, headerRow, 2);
    }

    private void writeArticle(Row row, FeaturedArticle featured) {
        ScoredArticle article = featured.article();
        writer.number(row, 0, featured.place());
        writer.wrapped(row, 1, article.title());
        writer.wrapped(row, 2, article.units().stream().map(Unit::name).collect(Collectors.joining("、")));
        writer.wrapped(row, 3, outlets(article.publications()));
        writer.wrapped(row, 4, outlets(article.media()));
        writer.text(row, 5, article.instruction() == null ? "" : article.instruction().level().name());
        writer.points(row, 6, article.publicationPoints());
        writer.points(row, 7, article.mediaPoints());
        writer.points(row, 8, article.instructionBonus());
        writer.points(row, 9, article.total());
        // A period report pools several ledgers, so each row reference names its file.
        writer.wrapped(row, 10, Sources.list(article.sources(), true));
    }

    /** Names each outlet whose points count, with its points and date: "浙江日报 15分（2018-05-09）". */
    private static String outlets(List<Adoption> adoptions) {
        return adoptions.stream()
                .map(adoption -> adoption.outlet().name() + " " + Figures.points(adoption.outlet().points()) + "分（"
                        + adoption.date() + "）")
                .collect(Collectors.joining("、"));
    }
}
