package io.skyrack.thermal;

/**
 * Environmental heat absorbed by each face of a TILE, and the direct irradiance on its cells, per sample.
 *
 * <p>For a face of area A, absorptivity α, emissivity ε, Earth view factor F and incidence cosine c⁺
 * (clipped at 0), with solar constant S, illumination ι, albedo a, albedo factor f and OLR:
 * {@code Q = A · [α (S ι c⁺ + S a F f) + ε · OLR · F]}: direct sunlight, Earth albedo and Earth infrared
 * (absorbed with the infrared absorptivity ε, by Kirchhoff's law). The solar face's normal is +z, the
 * radiator's −z. The arrays are new and owned by this record.
 *
 * @param solarFaceW heat absorbed by the solar face, including what its cells convert (W)
 * @param radiatorW heat absorbed by the radiator face (W)
 * @param cellIrradiance direct solar irradiance on the cell plane (W/m²)
 */
public record EnvironmentLoads(double[] solarFaceW, double[] radiatorW, double[] cellIrradiance) {

    /**
     * @param spec the TILE
     * @param environment the environment
     * @param in what the TILE sees, per sample
     * @return the loads at every sample
     */
    public static EnvironmentLoads of(TileThermalSpec spec, Environment environment, OrbitThermalInputs in) {
        int n = in.size();
        double[] qs = new double[n];
        double[] qr = new double[n];
        double[] e = new double[n];
        double[] out = new double[3];
        for (int k = 0; k < n; k++) {
            at(spec, environment, in.sunX()[k], in.sunY()[k], in.sunZ()[k], in.illumination()[k],
                    in.earthViewSolarFace()[k], in.earthViewRadiator()[k], in.albedoFactor()[k], out);
            qs[k] = out[0];
            qr[k] = out[1];
            e[k] = out[2];
        }
        return new EnvironmentLoads(qs, qr, e);
    }

    /**
     * @param spec the TILE
     * @param environment the environment
     * @param c what the TILE sees
     * @return the loads as one-sample arrays
     */
    public static EnvironmentLoads of(TileThermalSpec spec, Environment environment, SteadyCondition c) {
        double[] out = new double[3];
        at(spec, environment, c.sunX(), c.sunY(), c.sunZ(), c.illumination(), c.earthViewSolarFace(),
                c.earthViewRadiator(), c.albedoFactor(), out);
        return new EnvironmentLoads(new double[] {out[0]}, new double[] {out[1]}, new double[] {out[2]});
    }

    /** Writes {solar face W, radiator W, cell irradiance W/m²} into {@code out}. */
    static void at(TileThermalSpec spec, Environment env, double sx, double sy, double sz, double illumination,
                   double viewSolar, double viewRadiator, double albedoFactor, double[] out) {
        // the Sun vector is a unit vector (validated), so its z component is the incidence cosine
        double cosSolar = Math.max(0.0, sz);
        double cosRadiator = Math.max(0.0, -sz);
        double direct = env.solarConstant() * illumination;
        double albedoFlux = env.solarConstant() * env.albedo() * albedoFactor;
        TileThermalSpec.FaceOptics s = spec.solarFace();
        TileThermalSpec.FaceOptics r = spec.radiatorFace();
        out[0] = spec.faceArea() * (s.absorptivity() * (direct * cosSolar + albedoFlux * viewSolar)
                + s.emissivity() * env.olr() * viewSolar);
        out[1] = spec.radiatorArea() * (r.absorptivity() * (direct * cosRadiator + albedoFlux * viewRadiator)
                + r.emissivity() * env.olr() * viewRadiator);
        out[2] = direct * cosSolar;
    }
}
