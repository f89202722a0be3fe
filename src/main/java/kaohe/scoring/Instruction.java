package kaohe.scoring;

import java.time.LocalDate;
import java.time.YearMonth;

import kaohe.ledger.Location;
import kaohe.rules.InstructionLevel;
import kaohe.rules.Unit;

/**
 * One row of the 批示 sheet: a leader's instruction on an article of a unit.
 *
 * @param title the article's title, or "" when only its number is given
 * @param articleNumber the 信息编号, or ""
 * @param date the date of the instruction, or null when the ledger gives none
 */
public record Instruction(Location source, YearMonth month, Unit unit, String title, String articleNumber,
                          InstructionLevel level, LocalDate date) {
}
