package kaohe.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns each rules table into its part of {@link Rules}, checking every row. */
final class RuleTables {

    private static final String EXEMPT = "不考核";

    private RuleTables() {
    }

    static List<Series> series(RuleTable table) throws RulesException {
        List<Series> series = new ArrayList<>();
        for (RuleTable.Row row : table.rows()) {
            series.add(new Series(Names.compact(row.require("考核序列")).toUpperCase(Locale.ROOT),
                    RulesLoader.number(row, "目标分")));
        }
        if (series.isEmpty()) {
            throw new RulesException(table.name() + "：没有任何考核序列");
        }
        return List.copyOf(series);
    }

    static NameTable<Unit> roster(RuleTable table, List<Series> series) throws RulesException {
        NameTable<Unit> roster = new NameTable<>(Names::unitKey);
        for (RuleTable.Row row : table.rows()) {
            String name = row.require("单位");
            String code = Names.compact(row.require("考核序列"));
            Series unitSeries = series.stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst().orElse(null);
            if (unitSeries == null && !code.equals(EXEMPT) && !code.equals("不列入考核")) {
                throw new RulesException(row.location() + "：考核序列“" + code + "”不在考核序列表中，"
                        + "应为 " + series.stream().map(Series::code).toList() + " 或“不考核”");
            }
            Unit unit = new Unit(name, unitSeries, roster.items().size());
            add(roster, unit, name, row);
        }
        return roster;
    }

    static NameTable<Outlet> outlets(RuleTable table) throws RulesException {
        NameTable<Outlet> outlets = new NameTable<>(Names::outletKey);
        for (RuleTable.Row row : table.rows()) {
            String name = row.require("渠道");
            Level level = level(row);
            OutletKind kind = OutletKind.fromLabel(row.require("类别"));
            if (kind == null) {
                throw new RulesException(row.location() + "：类别应为“刊物”或“媒体”，实际为“" + row.get("类别") + "”");
            }
            add(outlets, new Outlet(name, level, kind, RulesLoader.number(row, "分值")), name, row);
        }
        return outlets;
    }

    static NameTable<InstructionLevel> instructions(RuleTable table) throws RulesException {
        NameTable<InstructionLevel> instructions = new NameTable<>(Names::compact);
        for (RuleTable.Row row : table.rows()) {
            String name = row.require("批示");
            InstructionLevel level = new InstructionLevel(name, level(row), RulesLoader.number(row, "加分"));
            add(instructions, level, name, row);
        }
        return instructions;
    }

    static Settings settings(RuleTable table) throws RulesException {
        Settings defaults = Settings.defaults();
        SettingsBuilder builder = new SettingsBuilder(defaults);
        for (RuleTable.Row row : table.rows()) {
            builder.set(row);
        }
        return builder.build();
    }

    private static Level level(RuleTable.Row row) throws RulesException {
        Level level = Level.fromLabel(row.require("层级"));
        if (level == null) {
            throw new RulesException(row.location() + "：层级应为 区、市、省 或 国家，实际为“" + row.get("层级") + "”");
        }
        return level;
    }

    private static <T> void add(NameTable<T> table, T item, String name, RuleTable.Row row) throws RulesException {
        List<String> aliases = Arrays.stream(row.get("别名").split("[;；]")).map(String::strip)
                .filter(alias -> !alias.isEmpty()).toList();
        try {
            table.add(item, name, aliases);
        } catch (IllegalArgumentException e) {
            throw new RulesException(row.location() + "：" + e.getMessage());
        }
    }

    /** Collects settings rows, one key a row, into a {@link Settings}. */
    private static final class SettingsBuilder {
        private Settings.SameLevelDuplicates sameLevel;
        private Settings.JointArticles joint;
        private boolean floorAtZero;
        private BigDecimal latePoints;
        private BigDecimal maxDeduction;
        private int featured;

        SettingsBuilder(Settings defaults) {
            sameLevel = defaults.sameLevelDuplicates();
            joint = defaults.jointArticles();
            floorAtZero = defaults.floorAtZero();
            latePoints = defaults.lateCommissionPoints();
            maxDeduction = defaults.maxDeductionPoints();
            featured = defaults.featuredArticles();
        }

        void set(RuleTable.Row row) throws RulesException {
            String key = Names.compact(row.require("设置")).toLowerCase(Locale.ROOT);
            String value = Names.compact(row.require("值")).toLowerCase(Locale.ROOT);
            switch (key) {
                case "same-level-duplicates" -> sameLevel = choice(row, value, Settings.SameLevelDuplicates.class);
                case "joint-articles" -> joint = choice(row, value, Settings.JointArticles.class);
                case "floor-at-zero" -> floorAtZero = yesNo(row, value);
                case "late-commission-points" -> latePoints = RulesLoader.number(row, "值").abs();
                case "max-deduction-points" -> maxDeduction = RulesLoader.number(row, "值").abs();
                case "featured-articles" -> featured = RulesLoader.number(row, "值").intValueExact();
                default -> throw new RulesException(row.location() + "：未知的设置“" + key + "”");
            }
        }

        Settings build() {
            return new Settings(sameLevel, joint, floorAtZero, latePoints, maxDeduction, featured);
        }

        private static <E extends Enum<E>> E choice(RuleTable.Row row, String value, Class<E> type)
                throws RulesException {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().replace('_', '-').equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().replace('_', '-').toLowerCase(Locale.ROOT)).toList();
            throw new RulesException(row.location() + "：设置值“" + value + "”无效，应为 " + allowed);
        }

        private static boolean yesNo(RuleTable.Row row, String value) throws RulesException {
            return switch (value) {
                case "是", "yes", "true", "on", "1" -> true;
                case "否", "no", "false", "off", "0" -> false;
                default -> throw new RulesException(row.location() + "：设置值“" + value + "”无效，应为 是 或 否");
            };
        }
    }
}
