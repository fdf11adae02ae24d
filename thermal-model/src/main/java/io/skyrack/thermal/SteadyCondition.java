package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a TILE sees at one instant, held constant for a steady-state solve: the same quantities as one
 * sample of {@link OrbitThermalInputs}.
 *
 * @param sunX Sun unit vector, TILE x
 * @param sunY Sun unit vector, TILE y
 * @param sunZ Sun unit vector, TILE z (+z is the solar-face normal)
 * @param illumination visible fraction of the solar disc (0–1)
 * @param earthViewSolarFace view factor from the solar face to the Earth (0–1)
 * @param earthViewRadiator view factor from the radiator face to the Earth (0–1)
 * @param albedoFactor cosine of the Sun's zenith angle at the sub-satellite point, clipped at 0 (0–1)
 */
public record SteadyCondition(double sunX, double sunY, double sunZ, double illumination,
                              double earthViewSolarFace, double earthViewRadiator, double albedoFactor) {

    /**
     * @param earthViewSolarFace view factor from the solar face to the Earth (0–1)
     * @param earthViewRadiator view factor from the radiator face to the Earth (0–1)
     * @param albedoFactor albedo factor (0–1)
     * @return full Sun normal to the solar face
     */
    public static SteadyCondition sunOnSolarFace(double earthViewSolarFace, double earthViewRadiator,
                                                 double albedoFactor) {
        return new SteadyCondition(0.0, 0.0, 1.0, 1.0, earthViewSolarFace, earthViewRadiator, albedoFactor);
    }

    /**
     * @param earthViewSolarFace view factor from the solar face to the Earth (0–1)
     * @param earthViewRadiator view factor from the radiator face to the Earth (0–1)
     * @return eclipse: no Sun, no albedo, Earth IR only
     */
    public static SteadyCondition eclipse(double earthViewSolarFace, double earthViewRadiator) {
        return new SteadyCondition(0.0, 0.0, 1.0, 0.0, earthViewSolarFace, earthViewRadiator, 0.0);
    }

    /** @return findings for values out of range */
    public List<ThermalFinding> validate() {
        List<ThermalFinding> out = new ArrayList<>();
        Checks.fraction(out, "condition.illumination", illumination);
        Checks.fraction(out, "condition.earthViewSolarFace", earthViewSolarFace);
        Checks.fraction(out, "condition.earthViewRadiator", earthViewRadiator);
        Checks.fraction(out, "condition.albedoFactor", albedoFactor);
        double norm = Math.sqrt(sunX * sunX + sunY * sunY + sunZ * sunZ);
        if (!(Math.abs(norm - 1.0) <= OrbitThermalInputs.SUN_NORM_TOLERANCE)) {
            out.add(new ThermalFinding("condition.sunX", "the Sun vector must be a unit vector, its norm was " + norm));
        }
        return out;
    }
}
