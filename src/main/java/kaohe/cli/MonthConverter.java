package kaohe.cli;

import java.time.YearMonth;

import kaohe.intake.LedgerMonths;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a month given as 2018-06, 201806 or 2018年6月. */
final class MonthConverter implements ITypeConverter<YearMonth> {

    @Override
    public YearMonth convert(String value) {
        YearMonth month = LedgerMonths.fromFileName(value.strip());
        if (month == null) {
            throw new TypeConversionException("无法识别的月份“" + value + "”，请写成 2018-06");
        }
        return month;
    }
}
