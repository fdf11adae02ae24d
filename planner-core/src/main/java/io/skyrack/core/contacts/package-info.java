/**
 * Ground contacts: when each satellite is above each station's minimum elevation, the highest elevation
 * of each pass and the data volume it can downlink.
 *
 * <p>Elevations are computed on the ephemeris grid's Earth-fixed positions, passes are found from sign
 * changes between steps and their rise and set times refined on a cubic Lagrange interpolation of the
 * Earth-fixed position.
 */
package io.skyrack.core.contacts;
