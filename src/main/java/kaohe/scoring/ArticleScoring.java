package kaohe.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import kaohe.rules.Level;
import kaohe.rules.Settings;
import kaohe.scoring.SetAside.Disposition;

/**
 * Scores articles: one article scores once, the highest of each kind (就高计分，不重复计分).
 *
 * <p>Within an article the same outlet on the same date is one adoption, later copies are duplicates,
 * and a media report counts only once confirmed. The article's score is its best publication plus its
 * best confirmed media report plus its best instruction.
 */
final class ArticleScoring {

    /** The maximum rows of an article whose reports are compared pair by pair rather than through a map. */
    private static final int MAX_ROWS_COMPARED = 8;

    private final Settings settings;
    private final Consumer<SetAside> setAside;

    /** The key of copies of one adoption within an article: the outlet's name and the date, which may be null. */
    private record Report(String outlet, LocalDate date) {
    }

    /** The key of repeats of one instruction in an article: the level's name and the date, which may be null. */
    private record Leader(String level, LocalDate date) {
    }

    ArticleScoring(Settings settings, Consumer<SetAside> setAside) {
        this.settings = settings;
        this.setAside = setAside;
    }

    List<ScoredArticle> score(List<Adoption> adoptions, List<Instruction> instructions) {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (List<Adoption> rows : ArticleGrouping.group(adoptions)) {
            ArticleDraft draft = draft(rows);
            if (!draft.counted.isEmpty()) {
                drafts.add(draft);
            }
        }
        attach(instructions, drafts);
        // Each draft is dropped once finished, so that drafts and scored articles are not all held at once.
        List<ScoredArticle> articles = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            articles.add(finish(drafts.set(i, null)));
        }
        return List.copyOf(articles);
    }

    /** Sets aside duplicates and unconfirmed reports of one article's rows and keeps the rest. */
    private ArticleDraft draft(List<Adoption> rows) {
        boolean noCopies = rows.size() == 1 || rows.size() <= MAX_ROWS_COMPARED && allReportsDiffer(rows);
        if (noCopies && allCount(rows)) {
            // Every row counts, as in most articles, so the article's own list is its counted rows.
            return new ArticleDraft(rows, rows);
        }
        ArticleDraft draft = new ArticleDraft(rows, new ArrayList<>(rows.size()));
        if (noCopies) {
            // No row is a copy of another, so each row is its own report, kept or set aside in input order.
            for (int i = 0; i < rows.size(); i++) {
                keepOrSetAside(draft, rows.get(i));
            }
            return draft;
        }
        Map<Report, List<Adoption>> rowsByReport = new LinkedHashMap<>();
        for (Adoption row : rows) {
            rowsByReport.computeIfAbsent(new Report(row.outlet().name(), row.date()), key -> new ArrayList<>(2))
                    .add(row);
        }
        for (List<Adoption> copies : rowsByReport.values()) {
            Adoption kept = firstCounted(copies);
            for (Adoption copy : copies) {
                if (copy != kept) {
                    setAside.accept(new SetAside(copy.source(), Disposition.DUPLICATE, "与 "
                            + Sources.refer(copy.source(), kept.source()) + " 重复（同一单位、信息、刊物和日期），只计一次"));
                }
            }
            keepOrSetAside(draft, kept);
        }
        if (draft.counted.size() == rows.size()) {
            // Every row counts, so no row has a copy and the reports are in input order. The article's own
            // list serves and its copy can go.
            draft.counted = rows;
        } else {
            // By position in the article, looked up in a map so that an article of many rows sorts in n log n.
            Map<Adoption, Integer> position = new IdentityHashMap<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                position.put(rows.get(i), i);
            }
            draft.counted.sort(Comparator.comparingInt(position::get));
        }
        return draft;
    }

    private boolean allCount(List<Adoption> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (!counts(rows.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether no two rows are copies of one report: the same outlet on the same date. */
    private static boolean allReportsDiffer(List<Adoption> rows) {
        for (int i = 1; i < rows.size(); i++) {
            Adoption row = rows.get(i);
            for (int j = 0; j < i; j++) {
                Adoption earlier = rows.get(j);
                if (row.outlet().name().equals(earlier.outlet().name()) && Objects.equals(row.date(), earlier.date())) {
                    return false;
                }
            }
        }
        return true;
    }

    private void keepOrSetAside(ArticleDraft draft, Adoption kept) {
        if (counts(kept)) {
            draft.counted.add(kept);
        } else {
            setAside.accept(new SetAside(kept.source(), Disposition.NOT_COUNTED,
                    "媒体报道待跑改办审核确认（审核栏未填“是”），暂不计分"));
        }
    }

    /** Returns the first copy that counts, or the first copy when none does. */
    private Adoption firstCounted(List<Adoption> copies) {
        for (Adoption copy : copies) {
            if (counts(copy)) {
                return copy;
            }
        }
        return copies.get(0);
    }

    private boolean counts(Adoption adoption) {
        return !adoption.outlet().isMedia() || adoption.confirmed();
    }

    /** Links each instruction to the article of its unit with its number or, failing that, its title. */
    private void attach(List<Instruction> instructions, List<ArticleDraft> drafts) {
        InstructionTargets targets = new InstructionTargets(instructions);
        for (ArticleDraft draft : drafts) {
            if (draft.units().size() == 1) {
                targets.offer(draft);
            }
        }
        for (ArticleDraft draft : drafts) {
            if (draft.units().size() > 1) {
                targets.offer(draft);
            }
        }
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            ArticleDraft draft = targets.find(i);
            if (draft == null || (instruction.title().isBlank() && instruction.articleNumber().isBlank())) {
                setAside.accept(new SetAside(instruction.source(), Disposition.PROBLEM, "批示所指信息“"
                        + describe(instruction) + "”在所给台账中没有该单位已计分的录用或已审核的媒体报道，批示不计分"));
            } else {
                draft.link(instruction);
            }
        }
    }

    private static String describe(Instruction instruction) {
        if (instruction.title().isBlank()) {
            return "编号 " + instruction.articleNumber();
        }
        return instruction.title();
    }

    private ScoredArticle finish(ArticleDraft draft) {
        // Taken before repeats are dropped, so a repeated instruction from another ledger makes the rows name
        // their file too.
        boolean withFile = draft.fromSeveralFiles();
        List<Instruction> linked = List.of();
        if (!draft.instructions.isEmpty()) {
            dropRepeats(draft.instructions);
            linked = List.copyOf(draft.instructions);
        }
        return new ScoredArticle(draft.rows.get(0), List.copyOf(draft.counted), linked,
                withFile, settings);
    }

    /**
     * Returns the rows of one kind whose points count: the highest, or with same-level adding all of the
     * best level; {@code counted} itself when that is all of it, so a one-row article needs no list of its own.
     *
     * @param media whether to choose among the media reports or among the publications
     */
    static List<Adoption> chosen(List<Adoption> counted, boolean media, Settings.SameLevelDuplicates rule) {
        if (rule == Settings.SameLevelDuplicates.ADD) {
            return bestLevel(counted, media);
        }
        Adoption best = null;
        for (int i = 0; i < counted.size(); i++) {
            Adoption row = counted.get(i);
            if (row.outlet().isMedia() == media
                    && (best == null || row.outlet().points().compareTo(best.outlet().points()) > 0)) {
                best = row;
            }
        }
        if (best == null) {
            return List.of();
        }
        return counted.size() == 1 ? counted : List.of(best);
    }

    /** Returns the rows of one kind and of the level whose points add up highest, the first such level on ties. */
    private static List<Adoption> bestLevel(List<Adoption> counted, boolean media) {
        Map<Level, List<Adoption>> rowsByLevel = new LinkedHashMap<>();
        for (Adoption row : counted) {
            if (row.outlet().isMedia() == media) {
                rowsByLevel.computeIfAbsent(row.outlet().level(), level -> new ArrayList<>()).add(row);
            }
        }
        List<Adoption> best = List.of();
        for (List<Adoption> candidate : rowsByLevel.values()) {
            if (best.isEmpty() || sum(candidate).compareTo(sum(best)) > 0) {
                best = candidate;
            }
        }
        return best.size() == counted.size() ? counted : List.copyOf(best);
    }

    /**
     * Returns {@code a + b}, and {@code a} or {@code b} itself where the other is a zero whose scale would not
     * change the sum's, so that most articles' totals are their outlet's instance.
     */
    static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        if (a.signum() == 0 && a.scale() <= b.scale()) {
            return b;
        }
        return a.add(b);
    }

    /** Credits one unit's share of a joint article's points, or the whole points for a single unit. */
    static BigDecimal share(BigDecimal points, int unitCount, Settings.JointArticles joint) {
        if (unitCount <= 1 || joint == Settings.JointArticles.EACH_FULL) {
            return points;
        }
        return points.divide(BigDecimal.valueOf(unitCount), 2, RoundingMode.HALF_UP);
    }

    /** Adds up the rows' points; one row's sum is its outlet's own instance, so no article needs a copy. */
    static BigDecimal sum(List<Adoption> rows) {
        if (rows.size() == 1) {
            return rows.get(0).outlet().points();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            sum = sum.add(rows.get(i).outlet().points());
        }
        return sum;
    }

    /**
     * Sets aside repeated instructions, the same leader on the same date, and drops them from
     * {@code instructions}, so that the article names only the rows it counts.
     */
    private void dropRepeats(List<Instruction> instructions) {
        Map<Leader, Instruction> firstByKey = new LinkedHashMap<>();
        for (Instruction instruction : instructions) {
            Instruction first = firstByKey.putIfAbsent(new Leader(instruction.level().name(), instruction.date()),
                    instruction);
            if (first != null) {
                setAside.accept(new SetAside(instruction.source(), Disposition.DUPLICATE, "与 "
                        + Sources.refer(instruction.source(), first.source()) + " 重复（同一信息、批示领导和日期），只计一次"));
            }
        }
        instructions.retainAll(firstByKey.values());
    }

    /** Returns the instruction with the highest bonus, the first on ties, or null when there is none. */
    static Instruction best(List<Instruction> instructions) {
        Instruction best = null;
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            if (best == null || instruction.level().bonus().compareTo(best.level().bonus()) > 0) {
                best = instruction;
            }
        }
        return best;
    }
}
