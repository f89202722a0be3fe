package kaohe.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import kaohe.ledger.Location;
import kaohe.rules.Rules;
import kaohe.rules.Unit;

/** Builds ledger records by unit and outlet names, each on its own numbered row, for scoring tests. */
final class RecordsBuilder {

    final LedgerRecords records = new LedgerRecords();
    private final Rules rules;
    private YearMonth month;
    private int nextRow = 2;

    RecordsBuilder(Rules rules, YearMonth month) {
        this.rules = rules;
        this.month = month;
        records.months.add(month);
    }

    /** Switches to another month's ledger; rows after this belong to it. */
    RecordsBuilder month(YearMonth next) {
        month = next;
        records.months.add(next);
        return this;
    }

    Location row(String sheet) {
        return Location.row(month + ".xlsx", sheet, nextRow++);
    }

    Unit unit(String name) {
        Unit unit = rules.roster().find(name);
        if (unit == null) {
            throw new IllegalArgumentException("not on the roster: " + name);
        }
        return unit;
    }

    Location adoption(String units, String title, String outlet, String date, boolean confirmed) {
        return adoption(units, title, "", outlet, date, confirmed);
    }

    Location adoption(String units, String title, String number, String outlet, String date, boolean confirmed) {
        Location source = row("录用");
        List<Unit> credited = Arrays.stream(units.split("、")).map(this::unit).toList();
        records.adoptions.add(new Adoption(source, month, credited, title, number,
                rules.outlets().find(outlet), LocalDate.parse(date), confirmed, ""));
        return source;
    }

    Location instruction(String unit, String title, String leader, String date) {
        Location source = row("批示");
        records.instructions.add(new Instruction(source, month, unit(unit), title, "",
                rules.instructions().find(leader), date == null ? null : LocalDate.parse(date)));
        return source;
    }

    /** Adds an instruction that names its article by 信息编号 alone. */
    Location instructionOnNumber(String unit, String number, String leader) {
        Location source = row("批示");
        records.instructions.add(new Instruction(source, month, unit(unit), "", number,
                rules.instructions().find(leader), null));
        return source;
    }

    Location commission(String number, String topic, String unit, String deadline, String completedOn,
                        boolean done) {
        Location source = row("约稿");
        records.commissions.add(new Commission(source, month, number, topic, unit(unit), LocalDate.parse(deadline),
                completedOn == null ? null : LocalDate.parse(completedOn), done));
        return source;
    }

    Location deduction(String unit, String reason, String points, String date) {
        Location source = row("扣分");
        records.deductions.add(new Deduction(source, month, unit(unit), reason, new BigDecimal(points),
                date == null ? null : LocalDate.parse(date)));
        return source;
    }

    Location submission(String unit, String title, String date) {
        Location source = row("报送");
        records.submissions.add(new Submission(source, month, unit(unit), title, LocalDate.parse(date)));
        return source;
    }
}
