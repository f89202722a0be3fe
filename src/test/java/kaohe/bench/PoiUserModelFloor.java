package kaohe.bench;

import java.io.File;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The benchmark's floor for a small ledger: opening it with POI's user model, which builds every sheet,
 * row and cell in memory. A monthly run of kaohe should take no longer than this open alone.
 *
 * <p>Usage: {@code PoiUserModelFloor FILE}; prints the number of sheets to stdout.
 */
public final class PoiUserModelFloor {

    private PoiUserModelFloor() {
    }

    public static void main(String[] args) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(new File(args[0]), null, true)) {
            System.out.println(workbook.getNumberOfSheets() + " sheets");
        }
    }
}
