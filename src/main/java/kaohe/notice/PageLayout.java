package kaohe.notice;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The page set-up every printed sheet of kaohe's workbooks shares: A4 paper, one page wide and as many pages
 * tall as needed, centred, with margins in inches and "第 1 页，共 3 页" in the footer. The notice's sheets take
 * it through {@link XlsxSheet#printOnA4}, the report's through {@link #a4}.
 */
public final class PageLayout {

    static final double SIDE_MARGIN = 0.5;
    static final double TOP_MARGIN = 0.6;
    static final double BOTTOM_MARGIN = 0.7;
    static final double HEADER_MARGIN = 0.3;
    static final double FOOTER_MARGIN = 0.3;
    /** The centre of the footer, with Excel's codes for the page number and the number of pages. */
    static final String FOOTER = "第 &P 页，共 &N 页";

    private PageLayout() {
    }

    /** Lays out a sheet of POI's for A4, portrait or landscape. */
    public static void a4(Sheet sheet, boolean landscape) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, FOOTER_MARGIN);
        sheet.getFooter().setCenter(FOOTER);
    }
}
