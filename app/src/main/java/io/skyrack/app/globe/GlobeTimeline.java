package io.skyrack.app.globe;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.contacts.Contact;
import io.skyrack.core.contacts.Contacts;
import io.skyrack.core.lighting.EclipseInterval;
import io.skyrack.core.lighting.SunEphemeris;
import io.skyrack.core.network.CrosslinkSchedule;
import io.skyrack.core.network.SatellitePair;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.skyrack.core.routing.NetworkSnapshot;
import java.util.Optional;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * An analysis prepared for animation: index maps from the globe's meshes to the ephemeris grid, links and
 * contacts per grid step in compressed form, each satellite's eclipse and contact start times, and the drift of
 * the orbit planes. Built once off the FX thread; {@link #frame} then turns a time into positions, lighting and
 * orientations without allocating.
 */
final class GlobeTimeline {

    /** Number of colour classes for link rates. */
    static final int RATE_BINS = 8;

    private final EphemerisGrid grid;
    private final int steps;
    private final double step;
    private final float[] illumination;
    private final SunEphemeris sun;
    private final EarthRotation earth;
    private final double[][] ringDrift;
    private final int[][] gridIndex;
    /** The geometry whose satellite markers {@link #gridIndex} indexes. */
    private final GlobeGeometry geometry;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int[] linkStart;
    private final int[] linkPairs;
    private final int[] pairA;
    private final int[] pairB;
    private final byte[] pairRateBin;
    private final int maxLinks;
    private final int[] contactStart;
    private final int[] contactStation;
    private final int[] contactSatellite;
    private final int maxContacts;
    private final double[][] eclipseStarts;
    private final double[][] contactStarts;

    private final Analysis analysis;
    private int routeStep = -1;
    private int routeSatellite = -1;
    private int[] route = new int[0];

    private GlobeTimeline(Analysis a, GlobeGeometry g, int[][] gridIndex) {
        this.analysis = a;
        this.grid = a.grid();
        this.steps = grid.stepCount();
        this.step = grid.step();
        this.illumination = a.lighting().illumination();
        this.sun = a.lighting().sun();
        this.gridIndex = gridIndex;
        this.geometry = g;
        for (int s = 0; s < grid.satelliteCount(); s++) {
            indexByName.put(grid.names().get(s), s);
        }
        this.earth = EarthRotation.fit(g.earthRotation(), grid);
        this.ringDrift = ringDrift(g);

        CrosslinkSchedule schedule = a.schedule();
        List<SatellitePair> pairs = schedule.pairs();
        pairA = new int[pairs.size()];
        pairB = new int[pairs.size()];
        double[] rates = new double[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            pairA[p] = indexByName.get(pairs.get(p).nameA());
            pairB[p] = indexByName.get(pairs.get(p).nameB());
            rates[p] = pairs.get(p).link().rate();
        }
        pairRateBin = rateBins(rates);
        linkStart = schedule.linkStart();
        linkPairs = schedule.linkPairs();
        int most = 0;
        for (int k = 0; k < steps; k++) {
            most = Math.max(most, linkStart[k + 1] - linkStart[k]);
        }
        maxLinks = most;

        int[][] contacts = contactsByStep(a.contacts(), steps);
        contactStart = contacts[0];
        contactStation = contacts[1];
        contactSatellite = contacts[2];
        most = 0;
        for (int k = 0; k < steps; k++) {
            most = Math.max(most, contactStart[k + 1] - contactStart[k]);
        }
        maxContacts = most;
        eclipseStarts = eclipseEntries(a.lighting().intervals(), grid.satelliteCount(), step);
        contactStarts = contactStarts(a.contacts().passes(), grid.satelliteCount());
    }

    /**
     * @param analysis an analysis
     * @param geometry the globe geometry of the plan shown
     * @return the timeline, or empty when the analysis is of a plan with other satellites than those shown
     */
    static Optional<GlobeTimeline> of(Analysis analysis, GlobeGeometry geometry) {
        EphemerisGrid grid = analysis.grid();
        Map<String, Integer> byName = new HashMap<>();
        for (int s = 0; s < grid.satelliteCount(); s++) {
            byName.put(grid.names().get(s), s);
        }
        int shown = 0;
        int[][] index = new int[geometry.constellations().size()][];
        for (int c = 0; c < index.length; c++) {
            List<String> names = geometry.constellations().get(c).names();
            index[c] = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                Integer s = byName.get(names.get(i));
                if (s == null) {
                    return Optional.empty();
                }
                index[c][i] = s;
            }
            shown += names.size();
        }
        if (shown != grid.satelliteCount() || grid.stepCount() < 1) {
            return Optional.empty();
        }
        return Optional.of(new GlobeTimeline(analysis, geometry, index));
    }

    // ------------------------------------------------------------------ per frame

    /**
     * The lowest-latency route of a satellite's data to the ground at a grid step, over the crosslinks up at that
     * step and the stations in contact (the routing of {@code analyze}: light time plus the plan's per-hop delay).
     * Computed again only when the step or the satellite changes.
     *
     * @param satellite grid index of the satellite
     * @param k grid step
     * @return the nodes from the ground station to the satellite: the first is {@code satellites + station}, the
     *     rest grid indices of satellites; empty when the satellite has no route to the ground at that step
     */
    int[] routeToGround(int satellite, int k) {
        if (satellite != routeSatellite || k != routeStep) {
            routeSatellite = satellite;
            routeStep = k;
            route = NetworkSnapshot.at(grid, analysis.links(), analysis.contacts(), k,
                    analysis.plan().crosslinks().perHopDelay()).toGround().path(satellite);
            if (route.length < 2) {
                route = new int[0];
            }
        }
        return route;
    }

    /** @return number of satellites in the grid (route nodes from this on are ground stations) */
    int satelliteCount() {
        return grid.satelliteCount();
    }

    /**
     * Fills a frame for a time in the window: positions by cubic Hermite interpolation between the grid samples,
     * illumination, Sun direction and plane drift linearly, the Earth's orientation from its rotation.
     *
     * @param t seconds from the grid start, clamped to the window
     * @param out the frame to overwrite
     */
    void frame(double t, GlobeFrame out) {
        double time = Math.max(0, Math.min(duration(), t));
        int k = steps < 2 ? 0 : Math.min(steps - 2, (int) Math.floor(time / step));
        int k1 = steps < 2 ? 0 : k + 1;
        double f = steps < 2 ? 0 : Math.min(1, (time - k * step) / step);
        double[] x = grid.x();
        double[] y = grid.y();
        double[] z = grid.z();
        double[] vx = grid.vx();
        double[] vy = grid.vy();
        double[] vz = grid.vz();
        int n = grid.satelliteCount();
        for (int s = 0; s < n; s++) {
            int i = s * steps + k;
            int j = s * steps + k1;
            SceneUnits.toScene(OrbitInterpolation.hermite(x[i], vx[i], x[j], vx[j], step, f),
                    OrbitInterpolation.hermite(y[i], vy[i], y[j], vy[j], step, f),
                    OrbitInterpolation.hermite(z[i], vz[i], z[j], vz[j], step, f), out.positions, 3 * s);
            out.illumination[s] = (float) OrbitInterpolation.linear(illumination[i], illumination[j], f);
        }
        double sx = OrbitInterpolation.linear(sun.x()[k], sun.x()[k1], f);
        double sy = OrbitInterpolation.linear(sun.y()[k], sun.y()[k1], f);
        double sz = OrbitInterpolation.linear(sun.z()[k], sun.z()[k1], f);
        double norm = Math.sqrt(sx * sx + sy * sy + sz * sz);
        // scene axes: (x, −z, y)
        out.sun[0] = sx / norm;
        out.sun[1] = -sz / norm;
        out.sun[2] = sy / norm;
        earth.rotationAt(time, out.earth);
        for (int c = 0; c < ringDrift.length; c++) {
            out.ringSpin[c] = OrbitInterpolation.linear(ringDrift[c][k], ringDrift[c][k1], f);
        }
        out.time = time;
        out.step = Math.min(steps - 1, (int) Math.round(time / step));
    }

    /** @return a frame sized for this timeline */
    GlobeFrame newFrame() {
        return new GlobeFrame(grid.satelliteCount(), gridIndex.length);
    }

    // ------------------------------------------------------------------ window and indices

    /** @return time of the first sample (UTC) */
    Instant start() {
        return grid.start();
    }

    /** @return length of the window from the first to the last sample (s) */
    double duration() {
        return (steps - 1) * step;
    }

    /** @return time between samples (s) */
    double step() {
        return step;
    }

    /** @return the ephemeris grid */
    EphemerisGrid grid() {
        return grid;
    }

    /**
     * @param constellation constellation index in the globe geometry
     * @return grid index of each of its satellites, in the geometry's order; do not modify
     */
    /** @return the geometry this timeline animates (its markers' indices are only valid for it) */
    GlobeGeometry geometry() {
        return geometry;
    }

    int[] gridIndex(int constellation) {
        return gridIndex[constellation];
    }

    /**
     * @param name satellite name
     * @return its grid index, or −1
     */
    int indexOf(String name) {
        Integer s = name == null ? null : indexByName.get(name);
        return s == null ? -1 : s;
    }

    /** @return the Earth's rotation over the window */
    EarthRotation earth() {
        return earth;
    }

    // ------------------------------------------------------------------ links and contacts

    /** @return the most links available at any one sample */
    int maxLinks() {
        return maxLinks;
    }

    /**
     * @param k sample index
     * @return index of the sample's first link in the link arrays
     */
    int linkFrom(int k) {
        return linkStart[k];
    }

    /**
     * @param k sample index
     * @return index after the sample's last link
     */
    int linkTo(int k) {
        return linkStart[k + 1];
    }

    /**
     * @param link index in the link arrays
     * @return grid index of the link's first satellite
     */
    int linkA(int link) {
        return pairA[linkPairs[link]];
    }

    /**
     * @param link index in the link arrays
     * @return grid index of the link's second satellite
     */
    int linkB(int link) {
        return pairB[linkPairs[link]];
    }

    /**
     * @param link index in the link arrays
     * @return its rate class, 0 (slowest pair of the plan) to {@link #RATE_BINS} − 1 (fastest)
     */
    int linkRateBin(int link) {
        return pairRateBin[linkPairs[link]];
    }

    /** @return the most station–satellite contacts at any one sample */
    int maxContacts() {
        return maxContacts;
    }

    /**
     * @param k sample index
     * @return index of the sample's first contact in the contact arrays
     */
    int contactFrom(int k) {
        return contactStart[k];
    }

    /**
     * @param k sample index
     * @return index after the sample's last contact
     */
    int contactTo(int k) {
        return contactStart[k + 1];
    }

    /**
     * @param contact index in the contact arrays
     * @return its station index
     */
    int contactStation(int contact) {
        return contactStation[contact];
    }

    /**
     * @param contact index in the contact arrays
     * @return grid index of its satellite
     */
    int contactSatellite(int contact) {
        return contactSatellite[contact];
    }

    // ------------------------------------------------------------------ events

    /**
     * @param satellite grid index
     * @param after seconds from the grid start
     * @return the next time after {@code after} at which the satellite enters the Earth's shadow, or NaN
     */
    double nextEclipse(int satellite, double after) {
        return next(eclipseStarts[satellite], after);
    }

    /**
     * @param satellite grid index
     * @param after seconds from the grid start
     * @return the next time after {@code after} at which a ground contact of the satellite starts, or NaN
     */
    double nextContact(int satellite, double after) {
        return next(contactStarts[satellite], after);
    }

    /**
     * @param sorted ascending times
     * @param after a time
     * @return the first time strictly after {@code after} (half a second of slack), or NaN
     */
    static double next(double[] sorted, double after) {
        int i = Arrays.binarySearch(sorted, after + 0.5);
        int at = i >= 0 ? i + 1 : -i - 1;
        while (at < sorted.length && sorted[at] <= after + 0.5) {
            at++;
        }
        return at < sorted.length ? sorted[at] : Double.NaN;
    }

    // ------------------------------------------------------------------ preparation

    /**
     * Log-spaced rate classes between the plan's slowest and fastest pair; all in the top class when every pair
     * has the same rate.
     */
    static byte[] rateBins(double[] rates) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double r : rates) {
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        byte[] bins = new byte[rates.length];
        for (int p = 0; p < rates.length; p++) {
            double x = hi > lo && lo > 0 ? Math.log(rates[p] / lo) / Math.log(hi / lo) : 1;
            bins[p] = (byte) Math.round(x * (RATE_BINS - 1));
        }
        return bins;
    }

    /**
     * Station–satellite pairs in view at each sample, in compressed rows: {start[steps + 1], station[],
     * satellite[]}.
     */
    static int[][] contactsByStep(Contacts contacts, int steps) {
        List<BitSet> visible = contacts.visible();
        int[] start = new int[steps + 1];
        for (BitSet b : visible) {
            for (int bit = b.nextSetBit(0); bit >= 0; bit = b.nextSetBit(bit + 1)) {
                start[bit % steps + 1]++;
            }
        }
        for (int k = 0; k < steps; k++) {
            start[k + 1] += start[k];
        }
        int[] station = new int[start[steps]];
        int[] satellite = new int[start[steps]];
        int[] fill = Arrays.copyOf(start, steps);
        for (int st = 0; st < visible.size(); st++) {
            BitSet b = visible.get(st);
            for (int bit = b.nextSetBit(0); bit >= 0; bit = b.nextSetBit(bit + 1)) {
                int at = fill[bit % steps]++;
                station[at] = st;
                satellite[at] = bit / steps;
            }
        }
        return new int[][] {start, station, satellite};
    }

    /**
     * Times each satellite enters the shadow: the start of each run of umbra and penumbra intervals that follow
     * one another without a lit gap of a step or more.
     */
    static double[][] eclipseEntries(List<EclipseInterval> intervals, int satellites, double step) {
        List<List<EclipseInterval>> bySatellite = new ArrayList<>();
        for (int s = 0; s < satellites; s++) {
            bySatellite.add(new ArrayList<>());
        }
        for (EclipseInterval e : intervals) {
            bySatellite.get(e.satellite()).add(e);
        }
        double[][] out = new double[satellites][];
        for (int s = 0; s < satellites; s++) {
            List<EclipseInterval> list = bySatellite.get(s);
            list.sort((a, b) -> Double.compare(a.startSeconds(), b.startSeconds()));
            double[] starts = new double[list.size()];
            int n = 0;
            double lastEnd = Double.NEGATIVE_INFINITY;
            for (EclipseInterval e : list) {
                if (e.startSeconds() - lastEnd >= step) {
                    starts[n++] = e.startSeconds();
                }
                lastEnd = Math.max(lastEnd, e.endSeconds());
            }
            out[s] = Arrays.copyOf(starts, n);
        }
        return out;
    }

    private static double[][] contactStarts(List<Contact> passes, int satellites) {
        int[] count = new int[satellites];
        for (Contact c : passes) {
            count[c.satellite()]++;
        }
        double[][] out = new double[satellites][];
        for (int s = 0; s < satellites; s++) {
            out[s] = new double[count[s]];
        }
        int[] fill = new int[satellites];
        for (Contact c : passes) {
            out[c.satellite()][fill[c.satellite()]++] = c.startSeconds();
        }
        for (double[] a : out) {
            Arrays.sort(a);
        }
        return out;
    }

    /**
     * Each constellation's nodal drift at each sample: the right ascension of the orbit normal of its first
     * satellite on the grid, relative to that of its orbit at the epoch (from which the rings were drawn). Rings of
     * a Walker or sun-synchronous constellation share inclination and altitude and so drift together.
     */
    private double[][] ringDrift(GlobeGeometry g) {
        double[][] drift = new double[g.constellations().size()][steps];
        for (int c = 0; c < drift.length; c++) {
            GlobeGeometry.ConstellationGeometry cg = g.constellations().get(c);
            SatelliteOrbit orbit = cg.names().isEmpty() ? null : g.orbits().get(cg.names().get(0));
            if (orbit == null) {
                continue;
            }
            Vector3D h0 = orbit.orbit().getPVCoordinates().getMomentum();
            if (Math.hypot(h0.getX(), h0.getY()) < 1e-3 * h0.getNorm()) {
                // an equatorial orbit has no node: its ring is a circle about the axis and needs no turning
                continue;
            }
            double node0 = Math.atan2(h0.getX(), -h0.getY());
            int s = gridIndex[c][0];
            double previous = 0;
            for (int k = 0; k < steps; k++) {
                int i = grid.index(s, k);
                double hx = grid.y()[i] * grid.vz()[i] - grid.z()[i] * grid.vy()[i];
                double hy = grid.z()[i] * grid.vx()[i] - grid.x()[i] * grid.vz()[i];
                double d = Math.atan2(hx, -hy) - node0;
                // unwrap so that interpolation between samples never crosses ±π
                d -= 2 * Math.PI * Math.round((d - previous) / (2 * Math.PI));
                drift[c][k] = d;
                previous = d;
            }
        }
        return drift;
    }
}
