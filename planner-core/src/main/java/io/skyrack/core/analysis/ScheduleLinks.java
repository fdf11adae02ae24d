package io.skyrack.core.analysis;

import io.skyrack.core.network.CrosslinkSchedule;
import io.skyrack.core.routing.LinkState;
import java.util.function.IntPredicate;

/**
 * The crosslink schedule seen as routing's link state, optionally without some pairs (failure analysis).
 *
 * @param schedule the crosslink engine's result
 * @param kept whether a pair index is still in the network
 */
record ScheduleLinks(CrosslinkSchedule schedule, IntPredicate kept) implements LinkState {

    /** @param schedule the crosslink engine's result, every pair kept */
    ScheduleLinks(CrosslinkSchedule schedule) {
        this(schedule, p -> true);
    }

    @Override
    public int pairCount() {
        return schedule.pairs().size();
    }

    @Override
    public int satelliteA(int pair) {
        return schedule.pairs().get(pair).a();
    }

    @Override
    public int satelliteB(int pair) {
        return schedule.pairs().get(pair).b();
    }

    @Override
    public boolean isUp(int pair, int step) {
        return kept.test(pair) && schedule.isAvailable(pair, step);
    }

    @Override
    public double range(int pair, int step) {
        return schedule.range(pair, step);
    }
}
