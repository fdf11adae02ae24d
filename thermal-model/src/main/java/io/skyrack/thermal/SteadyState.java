package io.skyrack.thermal;

import java.util.List;

/**
 * Steady state of a TILE under a constant condition with fixed GPU power levels.
 *
 * <p>The loads are assumed supplied: by the cells as far as they can (that power leaves the solar face),
 * the rest from the battery ({@link #powerShortfallW()}). All of it, conversion losses included, is
 * dissipated on the board. When the inputs had findings, temperatures and powers are 0 and
 * {@link #findings()} says why. The junction array is owned by this record.
 *
 * @param solarFaceK solar-face temperature (K)
 * @param boardK board temperature (K)
 * @param radiatorK radiator temperature (K)
 * @param junctionK junction temperature of each GPU group (K)
 * @param availableW power the cells could deliver at their maximum power point at {@code solarFaceK} (W)
 * @param drawnW power drawn from the cells, conversion losses included (W)
 * @param computeW GPU power (W)
 * @param powerShortfallW bus power the cells cannot deliver, taken from the battery (W), 0 when they can
 * @param findings problems with the inputs that stopped the solve; empty when it ran
 */
public record SteadyState(double solarFaceK, double boardK, double radiatorK, double[] junctionK, double availableW,
                          double drawnW, double computeW, double powerShortfallW, List<ThermalFinding> findings) {

    /** Copies the list. */
    public SteadyState {
        findings = List.copyOf(findings);
    }

    /** @return the hottest junction, or the board temperature when there is no GPU (K) */
    public double maxJunctionK() {
        double max = boardK;
        for (double t : junctionK) {
            max = Math.max(max, t);
        }
        return max;
    }
}
