package io.skyrack.app.globe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameraMathTest {

    private static final double[] ORIGIN = {0, 0, 0};

    @ParameterizedTest
    @CsvSource({"0.3, -0.4, 0.866", "1, 0, 0", "0, 0, -1", "-0.2, 0.9, 0.1", "0.5, -0.5, -0.7"})
    void anglesTowardPutTheCameraOnTheDirection(double ux, double uy, double uz) {
        double[] angles = new double[2];
        CameraMath.anglesToward(ux, uy, uz, angles);
        double[] offset = new double[3];
        CameraMath.cameraOffset(angles[0], angles[1], 2.0, offset);
        double n = Math.sqrt(ux * ux + uy * uy + uz * uz);
        assertEquals(2 * ux / n, offset[0], 1e-12);
        assertEquals(2 * uy / n, offset[1], 1e-12);
        assertEquals(2 * uz / n, offset[2], 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"-20, 0, 520", "35, 120, 300", "-80, -45, 1000"})
    void theTransformPutsTheEyeAtTheOffsetAndLooksAtThePivot(double rx, double ry, double d) {
        double[] pivot = {3, -4, 5};
        double[] m = new double[12];
        CameraMath.cameraToScene(rx, ry, d, pivot, m);
        double[] offset = new double[3];
        CameraMath.cameraOffset(rx, ry, d, offset);
        assertEquals(pivot[0] + offset[0], m[3], 1e-9);
        assertEquals(pivot[1] + offset[1], m[7], 1e-9);
        assertEquals(pivot[2] + offset[2], m[11], 1e-9);
        // the pivot projects to the middle of the viewport
        double[] p = new double[2];
        assertTrue(CameraMath.project(m, 35, 800, 600, pivot[0], pivot[1], pivot[2], p));
        assertEquals(400, p[0], 1e-9);
        assertEquals(300, p[1], 1e-9);
    }

    @Test
    void aPointAtTheTopOfTheViewProjectsToTheTopEdge() {
        double[] m = new double[12];
        // default rig without tilt: camera at (0, 0, −100) looking along +z, y down
        CameraMath.cameraToScene(0, 0, 100, ORIGIN, m);
        double halfHeight = 100 * Math.tan(Math.toRadians(35) / 2);
        double[] p = new double[2];
        assertTrue(CameraMath.project(m, 35, 800, 600, 0, -halfHeight, 0, p));
        assertEquals(400, p[0], 1e-9);
        assertEquals(0, p[1], 1e-9);
        // +x is to the right
        assertTrue(CameraMath.project(m, 35, 800, 600, 10, 0, 0, p));
        assertTrue(p[0] > 400);
        assertFalse(CameraMath.project(m, 35, 800, 600, 0, 0, -200, p), "behind the camera");
    }

    @Test
    void theEarthHidesWhatIsBehindIt() {
        double[] eye = {0, 0, -500};
        assertTrue(CameraMath.occluded(eye, 0, 0, 110, 100));
        assertFalse(CameraMath.occluded(eye, 0, 0, -110, 100));
        assertFalse(CameraMath.occluded(eye, 110, 0, 0, 100), "beside the limb");
        assertFalse(CameraMath.occluded(eye, 0, 0, -300, 100), "in front, nearer than the Earth");
    }

    @Test
    void pixelSizeGrowsWithDistance() {
        assertEquals(2 * 100 * Math.tan(Math.toRadians(17.5)) / 600, CameraMath.unitsPerPixel(100, 35, 600), 1e-12);
        assertEquals(2 * CameraMath.unitsPerPixel(100, 35, 600), CameraMath.unitsPerPixel(200, 35, 600), 1e-12);
    }
}
