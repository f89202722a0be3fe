package kaohe.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kaohe.ledger.Location;
import kaohe.rules.Outlet;
import kaohe.rules.Unit;

/**
 * One row of the 录用 sheet: an article adopted by a publication or reported by a media outlet.
 *
 * @param month the month of the ledger the row is in
 * @param units the units credited; more than one for a joint article
 * @param articleNumber the 信息编号, or "" when the row has none
 * @param confirmed whether the reform office confirmed it (审核 是); only media reports need it
 * @param remark the 备注 text, or ""
 */
public record Adoption(Location source, YearMonth month, List<Unit> units, String title, String articleNumber,
                       Outlet outlet, LocalDate date, boolean confirmed, String remark) {
}
