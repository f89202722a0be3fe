package kaohe.rules;

/** The level of an outlet or a leader, lowest first. */
public enum Level {
    DISTRICT("区"), CITY("市"), PROVINCE("省"), NATIONAL("国家");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The Chinese name, as the rules tables and the notice write it. */
    public String label() {
        return label;
    }

    /** Returns the level whose Chinese name is {@code label} ("区", "市级", "国家级" ...), or null. */
    public static Level fromLabel(String label) {
        String key = Names.compact(label).replaceFirst("级$", "");
        for (Level level : values()) {
            if (level.label.equals(key)) {
                return level;
            }
        }
        return null;
    }
}
