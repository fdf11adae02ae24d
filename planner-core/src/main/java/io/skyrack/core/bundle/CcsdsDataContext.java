package io.skyrack.core.bundle;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orekit.OrekitContext;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.orekit.bodies.CelestialBodies;
import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.CelestialBodyFactory;
import org.orekit.data.DataContext;
import org.orekit.forces.gravity.potential.GravityFields;
import org.orekit.frames.Frame;
import org.orekit.frames.Frames;
import org.orekit.models.earth.GeoMagneticFields;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.time.TimeScales;
import org.orekit.utils.PVCoordinates;
import org.orekit.utils.TimeStampedPVCoordinates;

/**
 * The data context the CCSDS parsers get: Skyrack's own, except that the Earth as a centre body is the origin
 * of GCRF rather than a JPL-ephemeris body. Orekit's parsers look up {@code CENTER_NAME = EARTH} as a celestial
 * body, and the JPL ephemerides are not bundled (only the leap-second table is); an Earth-centred message needs
 * nothing more than this.
 */
final class CcsdsDataContext implements DataContext {

    private final DataContext base;
    private final CelestialBodies bodies;

    /** @param orekit Skyrack's data context */
    CcsdsDataContext(OrekitContext orekit) {
        this.base = orekit.dataContext();
        this.bodies = new Bodies(base.getCelestialBodies(), new EarthCentre(base.getFrames().getGCRF(), orekit.itrf()));
    }

    @Override
    public TimeScales getTimeScales() {
        return base.getTimeScales();
    }

    @Override
    public Frames getFrames() {
        return base.getFrames();
    }

    @Override
    public CelestialBodies getCelestialBodies() {
        return bodies;
    }

    @Override
    public GravityFields getGravityFields() {
        return base.getGravityFields();
    }

    @Override
    public GeoMagneticFields getGeoMagneticFields() {
        return base.getGeoMagneticFields();
    }

    /** The Earth as the origin of GCRF, with the EIGEN-5C gravitational parameter. */
    private record EarthCentre(Frame gcrf, Frame itrf) implements CelestialBody {

        @Override
        public Frame getInertiallyOrientedFrame() {
            return gcrf;
        }

        @Override
        public Frame getBodyOrientedFrame() {
            return itrf;
        }

        @Override
        public String getName() {
            return CelestialBodyFactory.EARTH;
        }

        @Override
        public double getGM() {
            return EarthConstants.MU;
        }

        @Override
        public TimeStampedPVCoordinates getPVCoordinates(AbsoluteDate date, Frame frame) {
            return gcrf.getTransformTo(frame, date)
                    .transformPVCoordinates(new TimeStampedPVCoordinates(date, PVCoordinates.ZERO));
        }

        @Override
        public <T extends CalculusFieldElement<T>> FieldVector3D<T> getPosition(FieldAbsoluteDate<T> date,
                                                                                Frame frame) {
            return gcrf.getStaticTransformTo(frame, date).transformPosition(FieldVector3D.getZero(date.getField()));
        }
    }

    /** The bodies of a context, with another Earth. */
    private record Bodies(CelestialBodies base, CelestialBody earth) implements CelestialBodies {

        @Override
        public CelestialBody getSolarSystemBarycenter() {
            return base.getSolarSystemBarycenter();
        }

        @Override
        public CelestialBody getSun() {
            return base.getSun();
        }

        @Override
        public CelestialBody getMercury() {
            return base.getMercury();
        }

        @Override
        public CelestialBody getVenus() {
            return base.getVenus();
        }

        @Override
        public CelestialBody getEarthMoonBarycenter() {
            return base.getEarthMoonBarycenter();
        }

        @Override
        public CelestialBody getEarth() {
            return earth;
        }

        @Override
        public CelestialBody getMoon() {
            return base.getMoon();
        }

        @Override
        public CelestialBody getMars() {
            return base.getMars();
        }

        @Override
        public CelestialBody getJupiter() {
            return base.getJupiter();
        }

        @Override
        public CelestialBody getSaturn() {
            return base.getSaturn();
        }

        @Override
        public CelestialBody getUranus() {
            return base.getUranus();
        }

        @Override
        public CelestialBody getNeptune() {
            return base.getNeptune();
        }

        @Override
        public CelestialBody getPluto() {
            return base.getPluto();
        }

        @Override
        public CelestialBody getBody(String name) {
            return CelestialBodyFactory.EARTH.equalsIgnoreCase(name) ? earth : base.getBody(name);
        }
    }
}
