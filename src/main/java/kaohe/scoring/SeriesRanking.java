package kaohe.scoring;

import java.util.List;

import kaohe.rules.Series;

/** The units of one series, best first; units of equal score in roster order. */
public record SeriesRanking(Series series, List<UnitStanding> standings) {

    /** The units below target, in ranking order. */
    public List<UnitStanding> belowTarget() {
        return standings.stream().filter(standing -> !standing.reachedTarget()).toList();
    }
}
