package kaohe.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A simple reader over POI's user model, until the streaming reader lands. */
public final class UserModelSource implements WorkbookSource {

    private final String password;

    public UserModelSource(String password) {
        this.password = password;
    }

    @Override
    public void read(Path file, RowSink sink) throws LedgerException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), password, true)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    continue;
                }
                Sheet sheet = workbook.getSheetAt(i);
                if (sink.startSheet(new SheetInfo(file.getFileName().toString(), sheet.getSheetName(), false))) {
                    for (Row row : sheet) {
                        List<RawCell> cells = new ArrayList<>();
                        for (Cell cell : row) {
                            RawCell raw = raw(cell);
                            if (raw != null && !raw.text().isEmpty()) {
                                cells.add(raw);
                            }
                        }
                        if (!cells.isEmpty()) {
                            sink.row(new RawRow(row.getRowNum() + 1, cells, row.getZeroHeight()));
                        }
                    }
                    sink.endSheet();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(file.getFileName() + "：无法读取（" + e.getMessage() + "）", e);
        }
    }

    private static RawCell raw(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int column = cell.getColumnIndex();
        return switch (type) {
            case STRING -> RawCell.text(column, cell.getStringCellValue());
            case NUMERIC -> {
                BigDecimal number = new BigDecimal(cell.getNumericCellValue(), new MathContext(15))
                        .stripTrailingZeros();
                yield DateUtil.isCellDateFormatted(cell)
                        ? RawCell.date(column, number, cell.getLocalDateTimeCellValue().toLocalDate())
                        : RawCell.number(column, number);
            }
            case BOOLEAN -> RawCell.bool(column, cell.getBooleanCellValue());
            case ERROR -> RawCell.error(column, "#ERROR");
            default -> null;
        };
    }
}
