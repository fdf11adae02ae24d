package io.skyrack.core.network;

import io.skyrack.core.orekit.OrekitContext;
import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.frames.StaticTransform;
import org.orekit.time.AbsoluteDate;

/**
 * The Earth's pole (ITRF +Z) in EME2000 over a time span, from Orekit's ITRF (IERS 2010 precession–nutation,
 * with the context's Earth-orientation data, zero when there is none), sampled every hour and interpolated
 * linearly: the pole moves by precession and nutation at under 3·10⁻⁸ rad per hour, so the interpolation error
 * is below 10⁻¹² rad.
 */
final class EarthPole {

    /** Spacing of the samples (s). */
    static final double SAMPLE_SPACING = 3600.0;

    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double spacing;

    private EarthPole(double[] x, double[] y, double[] z, double spacing) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.spacing = spacing;
    }

    /**
     * @param orekit the data context
     * @param start start of the span (UTC)
     * @param duration length of the span (s, ≥ 0)
     * @return the pole over the span
     */
    static EarthPole over(OrekitContext orekit, Instant start, double duration) {
        int samples = (int) Math.ceil(Math.max(0, duration) / SAMPLE_SPACING) + 1;
        double spacing = samples > 1 ? duration / (samples - 1) : SAMPLE_SPACING;
        double[] x = new double[samples];
        double[] y = new double[samples];
        double[] z = new double[samples];
        Frame itrf = orekit.itrf();
        Frame eme = orekit.eme2000();
        AbsoluteDate t0 = orekit.date(start);
        for (int k = 0; k < samples; k++) {
            StaticTransform toEme = itrf.getStaticTransformTo(eme, t0.shiftedBy(k * spacing));
            Vector3D pole = toEme.transformVector(Vector3D.PLUS_K);
            x[k] = pole.getX();
            y[k] = pole.getY();
            z[k] = pole.getZ();
        }
        return new EarthPole(x, y, z, spacing);
    }

    /**
     * @param t time from the start of the span (s); clamped to the span
     * @param out receives the unit pole vector in EME2000 {x, y, z}
     */
    void at(double t, double[] out) {
        double u = Math.max(0, Math.min(x.length - 1, t / spacing));
        int k = Math.min(x.length - 2, (int) u);
        if (k < 0) {
            out[0] = x[0];
            out[1] = y[0];
            out[2] = z[0];
            return;
        }
        double w = u - k;
        double px = x[k] + w * (x[k + 1] - x[k]);
        double py = y[k] + w * (y[k + 1] - y[k]);
        double pz = z[k] + w * (z[k + 1] - z[k]);
        double n = Math.sqrt(px * px + py * py + pz * pz);
        out[0] = px / n;
        out[1] = py / n;
        out[2] = pz / n;
    }
}
