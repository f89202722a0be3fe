package kaohe.ledger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** Conversions shared by the .xls and .xlsx readers, so that both deliver the same cell for the same value. */
final class CellValues {

    /** Excel shows and computes with 15 significant digits. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private CellValues() {
    }

    /**
     * Converts a stored double to the number Excel shows: 15 significant digits, no trailing zeros, and never
     * a negative scale, so 4.6000000000000005 becomes 4.6, 1.0 becomes 1 and 100.0 stays 100.
     */
    static BigDecimal toNumber(double value) {
        BigDecimal number = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /**
     * Builds the cell for a stored number. A date format makes it a DATE cell, unless the number is outside
     * the dates Excel can show (negative, or past 9999-12-31), which stays a NUMBER.
     */
    static RawCell numeric(int column, double value, boolean dateFormatted, boolean date1904) {
        BigDecimal number = toNumber(value);
        if (!dateFormatted || !DateUtil.isValidExcelDate(value)) {
            return RawCell.number(column, number);
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
        if (dateTime == null || dateTime.getYear() > 9999) {
            return RawCell.number(column, number);
        }
        return RawCell.date(column, number, dateTime.toLocalDate());
    }

    /** Builds the DATE cell for a calendar day, computing the serial number in the workbook's date system. */
    static RawCell date(int column, LocalDate date, boolean date1904) {
        return RawCell.date(column, toNumber(DateUtil.getExcelDate(date, date1904)), date);
    }

    /** Returns the same value at another column, for the cells of a merged region. */
    static RawCell atColumn(RawCell cell, int column) {
        return new RawCell(column, cell.kind(), cell.text(), cell.number(), cell.date());
    }
}
