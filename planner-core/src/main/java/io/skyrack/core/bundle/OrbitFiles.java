package io.skyrack.core.bundle;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import java.io.IOException;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.files.ccsds.definitions.BodyFacade;
import org.orekit.files.ccsds.definitions.FrameFacade;
import org.orekit.files.ccsds.definitions.TimeSystem;
import org.orekit.files.ccsds.ndm.WriterBuilder;
import org.orekit.files.ccsds.ndm.odm.KeplerianElements;
import org.orekit.files.ccsds.ndm.odm.OdmHeader;
import org.orekit.files.ccsds.ndm.odm.oem.InterpolationMethod;
import org.orekit.files.ccsds.ndm.odm.oem.Oem;
import org.orekit.files.ccsds.ndm.odm.oem.OemData;
import org.orekit.files.ccsds.ndm.odm.oem.OemMetadata;
import org.orekit.files.ccsds.ndm.odm.oem.OemSegment;
import org.orekit.files.ccsds.ndm.odm.oem.OemWriter;
import org.orekit.files.ccsds.ndm.odm.omm.Omm;
import org.orekit.files.ccsds.ndm.odm.omm.OmmData;
import org.orekit.files.ccsds.ndm.odm.omm.OmmMetadata;
import org.orekit.files.ccsds.ndm.odm.omm.OmmTle;
import org.orekit.files.ccsds.ndm.odm.omm.OmmWriter;
import org.orekit.files.ccsds.section.Segment;
import org.orekit.files.ccsds.utils.generation.KvnGenerator;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.TimeStampedPVCoordinates;

/**
 * Writes a satellite's CCSDS Orbit Ephemeris Message (OEM) and Orbit Mean-Elements Message (OMM), in KVN,
 * with Orekit's CCSDS writers.
 *
 * <p>OEM: EME2000, UTC, states sampled from the ephemeris grid, Lagrange interpolation of degree
 * {@link #INTERPOLATION_DEGREE} (fewer when there are fewer samples); numbers with
 * {@link SignificantDigitsFormatter#DIGITS} significant digits (10 µm in position, far below the
 * interpolation error). OMM: the mean elements the orbit engine propagated, with the theory they belong
 * to in {@code MEAN_ELEMENT_THEORY}: {@code ECKSTEIN-HECHLER} (zonal J2–J6 of EIGEN-5C, as Orekit's
 * {@code EcksteinHechlerPropagator} with {@code PropagationType.MEAN}), {@code TWO-BODY} or {@code SGP/SGP4}.
 * Orekit's OMM writer drops comments in KVN, so the theory's constants are documented in docs/bundle-format.md.
 */
final class OrbitFiles {

    /** Lagrange interpolation degree written in OEM files (8 samples per interpolation). */
    static final int INTERPOLATION_DEGREE = 7;
    /** {@code MEAN_ELEMENT_THEORY} of Eckstein-Hechler mean elements. */
    static final String ECKSTEIN_HECHLER = "ECKSTEIN-HECHLER";
    /** {@code MEAN_ELEMENT_THEORY} of two-body elements (mean and osculating coincide). */
    static final String TWO_BODY = "TWO-BODY";
    /** Originator written in every header. */
    static final String ORIGINATOR = "SKYRACK";
    /** Convergence threshold of the osculating-to-mean fixed point, as the orbit engine uses it. */
    private static final double MEAN_EPSILON = 1.0e-11;
    /** Iteration limit of the osculating-to-mean fixed point, as the orbit engine uses it. */
    private static final int MEAN_ITERATIONS = 100;

    private final OrekitContext orekit;
    private final AbsoluteDate created;

    /**
     * @param orekit data context (frames, time scales)
     * @param created creation date written in every header: the plan epoch, for byte-identical output
     */
    OrbitFiles(OrekitContext orekit, AbsoluteDate created) {
        this.orekit = orekit;
        this.created = created;
    }

    /**
     * @param grid the ephemeris grid
     * @param satellite satellite index
     * @param steps grid steps to write, ascending
     * @param propagator the model the orbit engine used, for a comment
     * @param out where to write
     * @throws IOException when writing fails
     */
    void writeOem(EphemerisGrid grid, int satellite, int[] steps, String propagator, Appendable out)
            throws IOException {
        String name = grid.names().get(satellite);
        AbsoluteDate start = orekit.date(grid.start());
        int degree = Math.max(1, Math.min(INTERPOLATION_DEGREE, steps.length - 1));
        OemMetadata md = new OemMetadata(degree);
        md.addComment("Skyrack ephemeris of " + name + ", propagated with " + propagator + ";");
        md.addComment("sampled every " + sampleStepText(grid, steps) + " s from the analysis grid.");
        md.setObjectName(name);
        md.setObjectID(name);
        md.setCenter(new BodyFacade("EARTH", null));
        md.setReferenceFrame(FrameFacade.map(orekit.eme2000()));
        md.setTimeSystem(TimeSystem.UTC);
        md.setStartTime(start.shiftedBy(grid.time(steps[0])));
        md.setStopTime(start.shiftedBy(grid.time(steps[steps.length - 1])));
        md.setInterpolationMethod(InterpolationMethod.LAGRANGE);
        md.setInterpolationDegree(degree);
        OemData data = new OemData();
        double[] x = grid.x();
        double[] y = grid.y();
        double[] z = grid.z();
        double[] vx = grid.vx();
        double[] vy = grid.vy();
        double[] vz = grid.vz();
        for (int k : steps) {
            int i = grid.index(satellite, k);
            data.addData(new TimeStampedPVCoordinates(start.shiftedBy(grid.time(k)), new Vector3D(x[i], y[i], z[i]),
                    new Vector3D(vx[i], vy[i], vz[i])), false);
        }
        Oem oem = new Oem(header(), List.of(new OemSegment(md, data, EarthConstants.MU)), IERSConventions.IERS_2010,
                orekit.dataContext(), EarthConstants.MU);
        OemWriter writer = new WriterBuilder(orekit.dataContext()).buildOemWriter();
        writer.writeMessage(new KvnGenerator(out, OemWriter.KVN_PADDING_WIDTH, name + ".oem", Constants.JULIAN_DAY, 0,
                new SignificantDigitsFormatter()), oem);
    }

    /**
     * @param sat the satellite and its orbit at the plan epoch
     * @param propagator the model the orbit engine used ({@code eckstein-hechler-mean},
     *        {@code eckstein-hechler-osculating}, {@code keplerian} or {@code sgp4})
     * @param out where to write
     * @throws IOException when writing fails
     */
    void writeOmm(SatelliteOrbit sat, String propagator, Appendable out) throws IOException {
        OmmMetadata md = new OmmMetadata();
        md.setObjectName(sat.name());
        md.setObjectID(sat.name());
        md.setCenter(new BodyFacade("EARTH", null));
        md.setTimeSystem(TimeSystem.UTC);
        KeplerianElements ke = new KeplerianElements();
        ke.setAnomalyType(PositionAngleType.MEAN);
        OmmTle tleBlock = null;
        if (sat.tle().isPresent()) {
            TLE tle = sat.tle().get();
            // the TLE block is regenerated from the international designator, so OBJECT_ID carries it
            md.setObjectID(String.format(java.util.Locale.ROOT, "%04d-%03d%s", tle.getLaunchYear() < 57
                    ? 2000 + tle.getLaunchYear() : tle.getLaunchYear() < 100 ? 1900 + tle.getLaunchYear()
                    : tle.getLaunchYear(), tle.getLaunchNumber(), tle.getLaunchPiece()));
            md.setReferenceFrame(FrameFacade.map(orekit.teme()));
            md.setMeanElementTheory(OmmMetadata.SGP_SGP4_THEORY);
            ke.setEpoch(tle.getDate());
            ke.setMeanMotion(tle.getMeanMotion());
            ke.setE(tle.getE());
            ke.setI(tle.getI());
            ke.setRaan(tle.getRaan());
            ke.setPa(tle.getPerigeeArgument());
            ke.setAnomaly(tle.getMeanAnomaly());
            ke.setMu(org.orekit.propagation.analytical.tle.TLEConstants.MU);
            tleBlock = new OmmTle();
            tleBlock.setEphemerisType(tle.getEphemerisType());
            tleBlock.setClassificationType(tle.getClassification());
            tleBlock.setNoradID(tle.getSatelliteNumber());
            tleBlock.setElementSetNo(tle.getElementNumber());
            tleBlock.setRevAtEpoch(tle.getRevolutionNumberAtEpoch());
            tleBlock.setBStar(tle.getBStar());
            tleBlock.setMeanMotionDot(tle.getMeanMotionFirstDerivative());
            tleBlock.setMeanMotionDotDot(tle.getMeanMotionSecondDerivative());
        } else {
            md.setReferenceFrame(FrameFacade.map(orekit.eme2000()));
            KeplerianOrbit mean = meanOrbit(sat, propagator);
            boolean twoBody = propagator.equals("keplerian");
            md.setMeanElementTheory(twoBody ? TWO_BODY : ECKSTEIN_HECHLER);
            ke.setEpoch(mean.getDate());
            ke.setA(mean.getA());
            ke.setE(mean.getE());
            ke.setI(mean.getI());
            ke.setRaan(mean.getRightAscensionOfAscendingNode());
            ke.setPa(mean.getPerigeeArgument());
            ke.setAnomaly(mean.getMeanAnomaly());
            ke.setMu(EarthConstants.MU);
        }
        OmmData data = new OmmData(ke, null, tleBlock, null, null, Double.NaN);
        Omm omm = new Omm(header(), List.of(new Segment<>(md, data)), IERSConventions.IERS_2010,
                orekit.dataContext());
        OmmWriter writer = new WriterBuilder(orekit.dataContext()).buildOmmWriter();
        writer.writeMessage(new KvnGenerator(out, OmmWriter.KVN_PADDING_WIDTH, sat.name() + ".omm",
                Constants.JULIAN_DAY, 0), omm);
    }

    /**
     * @param sat a satellite propagated analytically
     * @param propagator its model
     * @return the mean Keplerian elements that model propagated, at the plan epoch
     */
    static KeplerianOrbit meanOrbit(SatelliteOrbit sat, String propagator) {
        Orbit orbit = sat.orbit();
        if (propagator.equals("eckstein-hechler-osculating")) {
            orbit = EcksteinHechlerPropagator.computeMeanOrbit(orbit, EarthConstants.GRAVITY_FIELD_RADIUS,
                    EarthConstants.MU, EarthConstants.C20, EarthConstants.C30, EarthConstants.C40,
                    EarthConstants.C50, EarthConstants.C60, MEAN_EPSILON, MEAN_ITERATIONS);
        }
        return (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(orbit);
    }

    private OdmHeader header() {
        OdmHeader h = new OdmHeader();
        h.setCreationDate(created);
        h.setOriginator(ORIGINATOR);
        return h;
    }

    private static String sampleStepText(EphemerisGrid grid, int[] steps) {
        double dt = steps.length > 1 ? grid.time(steps[1]) - grid.time(steps[0]) : grid.step();
        return io.skyrack.core.persistence.Numbers.format(dt);
    }
}
