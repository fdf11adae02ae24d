package io.skyrack.core.orbit;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.ExplicitConstellationSpec.KeplerianSatellite;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.plan.WalkerConstellationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orekit.frames.Frame;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.orbits.WalkerConstellation;
import org.orekit.orbits.WalkerConstellationSlot;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.TimeStampedPVCoordinates;

/** Builds every satellite's orbit at the plan epoch, in the order of {@link SatelliteRoster}. */
public final class ConstellationOrbits {

    private final OrekitContext orekit;

    /** @param orekit the data context */
    public ConstellationOrbits(OrekitContext orekit) {
        this.orekit = orekit;
    }

    /**
     * @param plan a plan without validation errors
     * @return each satellite's orbit at the epoch, in roster order
     */
    public List<SatelliteOrbit> build(Plan plan) {
        AbsoluteDate epoch = orekit.date(plan.epoch());
        Frame eme = orekit.eme2000();
        List<SatelliteOrbit> out = new ArrayList<>();
        for (int ci = 0; ci < plan.constellations().size(); ci++) {
            Constellation c = plan.constellations().get(ci);
            List<String> names = SatelliteRoster.names(c);
            if (c instanceof WalkerConstellationSpec w) {
                out.addAll(walker(w, ci, names, epoch, eme));
            } else if (c instanceof SunSynchronousSpec s) {
                double a = EarthConstants.EQUATORIAL_RADIUS + s.altitude();
                double inc = SunSynchronous.inclination(s.altitude());
                double raan = SunSynchronous.raan(plan.epoch(), s.ltanHours());
                for (int n = 0; n < s.satellites(); n++) {
                    double u = s.meanAnomalyOffset() + 2 * Math.PI * n / s.satellites();
                    Orbit o = new KeplerianOrbit(a, 0.0, inc, 0.0, raan, u, PositionAngleType.MEAN, eme, epoch,
                            EarthConstants.MU);
                    out.add(new SatelliteOrbit(names.get(n), ci, 0, n, o, Optional.empty()));
                }
            } else if (c instanceof ExplicitConstellationSpec e) {
                for (int n = 0; n < e.satellites().size(); n++) {
                    KeplerianSatellite k = e.satellites().get(n);
                    Orbit o = new KeplerianOrbit(k.semiMajorAxis(), k.eccentricity(), k.inclination(),
                            k.argumentOfPerigee(), k.raan(), k.meanAnomaly(), PositionAngleType.MEAN, eme, epoch,
                            EarthConstants.MU);
                    out.add(new SatelliteOrbit(k.name(), ci, 0, n, o, Optional.empty()));
                }
            } else if (c instanceof TleConstellationSpec t) {
                for (int n = 0; n < t.satellites().size(); n++) {
                    TleEntry e = t.satellites().get(n);
                    TLE tle = new TLE(e.line1(), e.line2(), orekit.utc());
                    TLEPropagator prop = TLEPropagator.selectExtrapolator(tle, orekit.teme());
                    SpacecraftState st = prop.propagate(epoch);
                    TimeStampedPVCoordinates pv = st.getPVCoordinates(eme);
                    Orbit o = new CartesianOrbit(pv, eme, EarthConstants.MU);
                    out.add(new SatelliteOrbit(e.name(), ci, 0, n, o, Optional.of(tle)));
                }
            }
        }
        return out;
    }

    private static List<SatelliteOrbit> walker(WalkerConstellationSpec w, int ci, List<String> names,
                                               AbsoluteDate epoch, Frame eme) {
        WalkerConstellation.Pattern pattern = w.pattern() == WalkerConstellationSpec.WalkerPattern.STAR
                ? WalkerConstellation.Pattern.STAR : WalkerConstellation.Pattern.DELTA;
        WalkerConstellation wc = new WalkerConstellation(w.planes() * w.satellitesPerPlane(), w.planes(),
                w.phasing(), pattern);
        KeplerianOrbit ref = new KeplerianOrbit(EarthConstants.EQUATORIAL_RADIUS + w.altitude(), 0.0,
                w.inclination(), 0.0, w.raanOffset(), 0.0, PositionAngleType.MEAN, eme, epoch, EarthConstants.MU);
        List<List<WalkerConstellationSlot<KeplerianOrbit>>> slots = wc.buildRegularSlots(ref);
        List<SatelliteOrbit> out = new ArrayList<>();
        int i = 0;
        for (int p = 0; p < slots.size(); p++) {
            List<WalkerConstellationSlot<KeplerianOrbit>> plane = slots.get(p);
            for (int s = 0; s < plane.size(); s++) {
                out.add(new SatelliteOrbit(names.get(i++), ci, p, s, plane.get(s).getOrbit(), Optional.empty()));
            }
        }
        return out;
    }
}
