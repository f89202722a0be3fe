package kaohe.importing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kaohe.intake.Field;
import kaohe.intake.LedgerSheet;
import kaohe.intake.MappedRow;
import kaohe.rules.Names;
import kaohe.rules.Unit;
import kaohe.scoring.Adoption;
import kaohe.scoring.Commission;
import kaohe.scoring.Deduction;
import kaohe.scoring.Instruction;
import kaohe.scoring.Submission;

/**
 * A row as it is written into a ledger sheet: unit, outlet and leader names as the rules spell them, dates
 * as dates, points as numbers, and every other value as the source's text.
 *
 * @param values a String, LocalDate or BigDecimal for each non-blank field
 * @param key the normalised values of the sheet's key columns: two rows with one key are the same record
 */
record LedgerRow(LedgerSheet sheet, Map<Field, Object> values, String key) {

    private static final String SEPARATOR = "\u001F";

    /**
     * Builds the row from a source row and the record the same row gave, checked by the rules.
     *
     * @param record an Adoption, Instruction, Commission, Deduction or Submission
     */
    static LedgerRow of(LedgerSheet sheet, MappedRow row, Object record) {
        Map<Field, Object> values = new EnumMap<>(Field.class);
        for (Field field : row.cells().keySet()) {
            if (!row.text(field).isEmpty()) {
                values.put(field, row.text(field));
            }
        }
        normalise(values, record);
        return new LedgerRow(sheet, values, key(record));
    }

    private static void normalise(Map<Field, Object> values, Object record) {
        if (record instanceof Adoption adoption) {
            values.put(Field.UNIT, unitNames(adoption.units()));
            values.put(Field.OUTLET, adoption.outlet().name());
            values.put(Field.DATE, adoption.date());
            if (adoption.confirmed()) {
                values.put(Field.CONFIRMED, "是");
            }
        } else if (record instanceof Instruction instruction) {
            values.put(Field.UNIT, instruction.unit().name());
            values.put(Field.LEADER, instruction.level().name());
            putDate(values, Field.DATE, instruction.date());
        } else if (record instanceof Commission commission) {
            values.put(Field.UNIT, commission.unit().name());
            values.put(Field.DEADLINE, commission.deadline());
            putDate(values, Field.COMPLETION, commission.completedOn());
        } else if (record instanceof Deduction deduction) {
            values.put(Field.UNIT, deduction.unit().name());
            values.put(Field.POINTS, deduction.points());
            putDate(values, Field.DATE, deduction.date());
        } else {
            Submission submission = (Submission) record;
            values.put(Field.UNIT, submission.unit().name());
            putDate(values, Field.DATE, submission.date());
        }
    }

    private static void putDate(Map<Field, Object> values, Field field, LocalDate date) {
        if (date != null) {
            values.put(field, date);
        }
    }

    /**
     * Returns the key of a record: for 录用 its units, title, outlet and date; for 批示 its unit, article,
     * leader and date; for 约稿 its number, unit, topic, deadline and completion; for 扣分 its unit, reason,
     * points and date; for 报送 its unit, title and date. Titles, topics and reasons compare by
     * {@link Names#titleKey}, so that a row differing only in spaces or punctuation is the same row.
     */
    static String key(Object record) {
        if (record instanceof Adoption adoption) {
            List<Unit> units = adoption.units().stream().sorted(Comparator.comparing(Unit::name)).toList();
            return join("录用", unitNames(units), Names.titleKey(adoption.title()), adoption.outlet().name(),
                    adoption.date());
        }
        if (record instanceof Instruction instruction) {
            return join("批示", instruction.unit().name(), Names.titleKey(instruction.title()),
                    instruction.articleNumber(), instruction.level().name(), instruction.date());
        }
        if (record instanceof Commission commission) {
            return join("约稿", commission.number(), commission.unit().name(), Names.titleKey(commission.topic()),
                    commission.deadline(), commission.completedOn(), commission.completed());
        }
        if (record instanceof Deduction deduction) {
            return join("扣分", deduction.unit().name(), Names.titleKey(deduction.reason()),
                    deduction.points().abs().stripTrailingZeros().toPlainString(), deduction.date());
        }
        Submission submission = (Submission) record;
        return join("报送", submission.unit().name(), Names.titleKey(submission.title()), submission.date());
    }

    private static String unitNames(List<Unit> units) {
        return units.stream().map(Unit::name).collect(Collectors.joining("、"));
    }

    private static String join(Object... parts) {
        return Arrays.stream(parts).map(part -> part == null ? "" : part.toString())
                .collect(Collectors.joining(SEPARATOR));
    }
}
