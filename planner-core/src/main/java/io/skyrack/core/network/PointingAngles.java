package io.skyrack.core.network;

/**
 * Where each end of a link must point, in its own body frame (see {@link BodyFrames} for the axes of each
 * attitude mode): azimuth from +X towards +Y in the body X–Y plane, elevation out of that plane, positive
 * towards −Z (towards zenith when nadir pointing, towards the Sun when sun tracking).
 *
 * @param azimuthA azimuth of satellite b seen from satellite a (rad, −π to π)
 * @param elevationA elevation of satellite b seen from satellite a (rad, −π/2 to π/2)
 * @param azimuthB azimuth of satellite a seen from satellite b (rad)
 * @param elevationB elevation of satellite a seen from satellite b (rad)
 */
public record PointingAngles(double azimuthA, double elevationA, double azimuthB, double elevationB) {
}
