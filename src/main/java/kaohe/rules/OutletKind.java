package kaohe.rules;

/** Whether an outlet adopts articles (a publication) or reports them (a media outlet). */
public enum OutletKind {
    PUBLICATION("刊物"), MEDIA("媒体");

    private final String label;

    OutletKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Returns the kind named "刊物" or "媒体", or null. */
    public static OutletKind fromLabel(String label) {
        String key = Names.compact(label);
        for (OutletKind kind : values()) {
            if (kind.label.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
