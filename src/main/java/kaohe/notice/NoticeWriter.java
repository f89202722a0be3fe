package kaohe.notice;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import kaohe.rules.Rules;
import kaohe.scoring.ScoreResult;

/**
 * Writes the monthly notice (通报): a workbook ready to print on A4, and the drafted notice text.
 *
 * <p>The workbook has the sheets 排名, 目标完成, 得分明细, 扣分明细, 未计分, 通报正文 and 图表, each titled with
 * the period. The same {@link ScoreResult} gives the same bytes: the document dates are fixed to the last
 * day of the notice month at 00:00 UTC, and every zip entry carries the same time.
 *
 * <p>The workbook is written by {@link XlsxBook}. The data rows of the detail and set-aside sheets are made
 * while the file is written, one at a time, so that sheets of 100,000 rows and more are never in memory.
 */
public final class NoticeWriter {

    /** The bytes of the notice file buffered before they are written: 64 KB. */
    private static final int FILE_BUFFER = 1 << 16;

    private final NoticeText text;
    /**
     * The result whose passes were made last, and those passes. The 通报正文 sheet and the text file of one run
     * need the same paragraphs, and working them out goes over every record of the period.
     */
    private ScoreResult passesResult;
    private NoticePasses passes;

    /** Creates a writer that names the kinds of leader instruction as {@code rules} does. */
    public NoticeWriter(Rules rules) {
        this.text = new NoticeText(rules.instructions().items());
    }

    /**
     * Writes the notice workbook to {@code target}, replacing a file already there.
     *
     * <p>The workbook is written to a temporary file in the target's folder and then moved over the target in
     * one atomic step, so the target is never left half written. The temporary file is removed on failure.
     * The caller decides beforehand whether an existing file may be replaced.
     *
     * @throws IOException when the folder cannot be written or the move fails
     */
    public void write(ScoreResult result, Path target) throws IOException {
        AtomicFiles.write(target, content(result));
    }

    /** Returns the notice workbook as content for {@link AtomicFiles}, to be written with other outputs. */
    public AtomicFiles.Content content(ScoreResult result) {
        return file -> {
            // The zip stream writes deflated bytes 512 at a time, a system call each without a buffer.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER)) {
                writeWorkbook(result, out);
            }
        };
    }

    /**
     * Returns the drafted notice text (通报正文): one paragraph a line, each ending with a line break. It is
     * the text of the 通报正文 sheet, and the caller writes it as UTF-8.
     *
     * <p>The month's totals (submissions, adoptions by level, media reports, instructions by kind of leader)
     * count the records whose {@code month()} is {@link ScoreResult#month()} and that the scoring kept:
     * submissions of assessed units that repeat no other submission, and adoption and instruction rows that
     * are sources of a scored article. Adoptions count once per row (篇次), also where a higher adoption of
     * the same article is the one that scores. The top three, targets, deductions, units without adoption
     * and rows set aside are those of the whole period scored, as on the sheets.
     */
    public String draftText(ScoreResult result) {
        return passes(result).paragraphs().stream().map(paragraph -> paragraph.text() + "\n")
                .collect(Collectors.joining());
    }

    /**
     * Returns the passes over the last result given, made once for it. For a large result the first call starts
     * measuring the detail and set-aside sheets on a thread of its own, which the workbook then waits for.
     */
    private NoticePasses passes(ScoreResult result) {
        if (result != passesResult) {
            passes = new NoticePasses(text, result);
            passesResult = result;
        }
        return passes;
    }

    private void writeWorkbook(ScoreResult result, OutputStream out) throws IOException {
        NoticePasses measured = passes(result);
        XlsxBook book = new XlsxBook();
        Styles styles = new Styles(book.styles());
        String title = NoticeTitle.of(result.month(), result.months());

        List<RankingSheet.Block> blocks = RankingSheet.write(book, styles, title, result.rankings());
        TargetSheet.write(book, styles, title, result.rankings());
        DetailSheet.write(book, styles, title, result, measured.detail());
        DeductionSheet.write(book, styles, title, result);
        SetAsideSheet.write(book, styles, title, result.setAside(), measured.setAside());
        TextSheet.write(book, styles, title, measured.paragraphs());
        ChartSheet.write(book, styles, title, blocks);

        // The last day of the notice month, so that the dates never differ between two writes.
        book.setProperties(title, result.month().atEndOfMonth());
        book.write(out);
    }
}
