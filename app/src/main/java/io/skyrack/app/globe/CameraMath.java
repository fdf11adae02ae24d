package io.skyrack.app.globe;

/**
 * The pure geometry behind the globe's camera: where a scene point lands on screen, whether the Earth hides it,
 * and the orbit angles that put the camera along a direction.
 *
 * <p>The camera is a JavaFX {@code PerspectiveCamera} with its eye at its origin, looking along its +z with +y down
 * and a vertical field of view; it hangs on a rig that turns it by {@code ry} about y after {@code rx} about x,
 * at {@code (0, 0, −D)} from the rig's pivot.
 */
final class CameraMath {

    private CameraMath() {
    }

    /**
     * Projects a scene point into the viewport of a perspective camera.
     *
     * @param cameraToScene the camera's local → scene transform, row-major 3×4 (rotation, then translation column)
     * @param fieldOfViewDeg vertical field of view (deg)
     * @param width viewport width (px)
     * @param height viewport height (px)
     * @param x point x (scene units)
     * @param y point y
     * @param z point z
     * @param out receives the viewport x and y (px)
     * @return false when the point is behind the camera
     */
    static boolean project(double[] cameraToScene, double fieldOfViewDeg, double width, double height, double x,
                           double y, double z, double[] out) {
        double[] m = cameraToScene;
        double px = x - m[3];
        double py = y - m[7];
        double pz = z - m[11];
        // camera coordinates: the transposed rotation applied to the offset from the eye
        double cx = m[0] * px + m[4] * py + m[8] * pz;
        double cy = m[1] * px + m[5] * py + m[9] * pz;
        double cz = m[2] * px + m[6] * py + m[10] * pz;
        if (cz <= 1e-9) {
            return false;
        }
        double focal = height / 2 / Math.tan(Math.toRadians(fieldOfViewDeg) / 2);
        out[0] = width / 2 + focal * cx / cz;
        out[1] = height / 2 + focal * cy / cz;
        return true;
    }

    /**
     * @param eye camera position (scene units)
     * @param x point x (scene units)
     * @param y point y
     * @param z point z
     * @param radius radius of a sphere at the origin (scene units)
     * @return true when the sphere lies between the eye and the point
     */
    static boolean occluded(double[] eye, double x, double y, double z, double radius) {
        double dx = x - eye[0];
        double dy = y - eye[1];
        double dz = z - eye[2];
        double a = dx * dx + dy * dy + dz * dz;
        double b = eye[0] * dx + eye[1] * dy + eye[2] * dz;
        double c = eye[0] * eye[0] + eye[1] * eye[1] + eye[2] * eye[2] - radius * radius;
        double disc = b * b - a * c;
        if (disc < 0 || a == 0) {
            return false;
        }
        // the first crossing of the sphere, as a fraction of the way from the eye to the point
        double s = (-b - Math.sqrt(disc)) / a;
        return s > 0 && s < 1;
    }

    /**
     * The rig angles that put the camera on a direction from the pivot, looking back at it.
     *
     * @param ux direction x (need not be unit)
     * @param uy direction y
     * @param uz direction z
     * @param out receives {@code rx} and {@code ry} (deg)
     */
    static void anglesToward(double ux, double uy, double uz, double[] out) {
        double n = Math.sqrt(ux * ux + uy * uy + uz * uz);
        // camera at Ry(ψ)·Rx(θ)·(0, 0, −D) = D·(−cos θ sin ψ, sin θ, −cos θ cos ψ)
        out[0] = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, uy / n))));
        out[1] = Math.toDegrees(Math.atan2(-ux, -uz));
    }

    /**
     * @param rxDeg rig angle about x (deg)
     * @param ryDeg rig angle about y (deg)
     * @param distance distance from the pivot (scene units)
     * @param out receives the camera position relative to the pivot
     */
    static void cameraOffset(double rxDeg, double ryDeg, double distance, double[] out) {
        double t = Math.toRadians(rxDeg);
        double p = Math.toRadians(ryDeg);
        out[0] = -distance * Math.cos(t) * Math.sin(p);
        out[1] = distance * Math.sin(t);
        out[2] = -distance * Math.cos(t) * Math.cos(p);
    }

    /**
     * The camera's local → scene transform on the rig: rotation {@code Ry(ry)·Rx(rx)}, eye at the pivot plus
     * {@link #cameraOffset}.
     *
     * @param rxDeg rig angle about x (deg)
     * @param ryDeg rig angle about y (deg)
     * @param distance distance from the pivot (scene units)
     * @param pivot pivot position (scene units)
     * @param out receives the row-major 3×4 transform
     */
    static void cameraToScene(double rxDeg, double ryDeg, double distance, double[] pivot, double[] out) {
        double ct = Math.cos(Math.toRadians(rxDeg));
        double st = Math.sin(Math.toRadians(rxDeg));
        double cp = Math.cos(Math.toRadians(ryDeg));
        double sp = Math.sin(Math.toRadians(ryDeg));
        // Ry(ψ)·Rx(θ) = [[cψ, sψ sθ, sψ cθ], [0, cθ, −sθ], [−sψ, cψ sθ, cψ cθ]]
        out[0] = cp;
        out[1] = sp * st;
        out[2] = sp * ct;
        out[4] = 0;
        out[5] = ct;
        out[6] = -st;
        out[8] = -sp;
        out[9] = cp * st;
        out[10] = cp * ct;
        // eye = pivot + R·(0, 0, −D)
        out[3] = pivot[0] - distance * out[2];
        out[7] = pivot[1] - distance * out[6];
        out[11] = pivot[2] - distance * out[10];
    }

    /**
     * @param distance distance from the eye (scene units)
     * @param fieldOfViewDeg vertical field of view (deg)
     * @param height viewport height (px)
     * @return scene units per pixel at that distance
     */
    static double unitsPerPixel(double distance, double fieldOfViewDeg, double height) {
        return 2 * distance * Math.tan(Math.toRadians(fieldOfViewDeg) / 2) / Math.max(1, height);
    }
}
