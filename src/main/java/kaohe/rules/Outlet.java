package kaohe.rules;

import java.math.BigDecimal;

/**
 * A publication or media outlet of the points table.
 *
 * @param points what one adoption (publication) or one confirmed report (media) scores
 */
public record Outlet(String name, Level level, OutletKind kind, BigDecimal points) {

    public boolean isMedia() {
        return kind == OutletKind.MEDIA;
    }
}
