package kaohe.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of one or more ledgers, ready to score, and the rows already set aside while reading them.
 *
 * <p>Mutable while the ledgers are read, then handed to the {@link Scorer}.
 */
public final class LedgerRecords {

    public final List<Adoption> adoptions = new ArrayList<>();
    public final List<Instruction> instructions = new ArrayList<>();
    public final List<Commission> commissions = new ArrayList<>();
    public final List<Deduction> deductions = new ArrayList<>();
    public final List<Submission> submissions = new ArrayList<>();
    public final List<SetAside> setAside = new ArrayList<>();
    /** The month of each ledger read, so that a month with no records still counts as given. */
    public final java.util.Set<java.time.YearMonth> months = new java.util.TreeSet<>();
    /** The file name of each ledger read. */
    public final java.util.Set<String> files = new java.util.TreeSet<>();

    /** Adds all records of another ledger after this one's, keeping their order. */
    public void addAll(LedgerRecords other) {
        adoptions.addAll(other.adoptions);
        instructions.addAll(other.instructions);
        commissions.addAll(other.commissions);
        deductions.addAll(other.deductions);
        submissions.addAll(other.submissions);
        setAside.addAll(other.setAside);
        months.addAll(other.months);
        files.addAll(other.files);
    }
}
