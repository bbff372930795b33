package cn.zhaoshang.desk.map;

/**
 * The Albers equal-area conic projection that maps of China use (standard parallels 25° N and 47° N, central
 * meridian 105° E): areas keep their proportions, so a coloured province is as large as it is. Returns
 * x to the east and y to the north on the unit sphere; the view scales and flips it.
 */
public final class AlbersProjection {
    private static final double PHI1 = Math.toRadians(25);
    private static final double PHI2 = Math.toRadians(47);
    private static final double LAMBDA0 = Math.toRadians(105);
    private static final double PHI0 = Math.toRadians(0);
    private static final double N = (Math.sin(PHI1) + Math.sin(PHI2)) / 2;
    private static final double C = Math.cos(PHI1) * Math.cos(PHI1) + 2 * N * Math.sin(PHI1);
    private static final double RHO0 = Math.sqrt(C - 2 * N * Math.sin(PHI0)) / N;

    private AlbersProjection() {
    }

    /** {x, y} of a point given in degrees. */
    public static double[] project(double lon, double lat) {
        double rho = Math.sqrt(C - 2 * N * Math.sin(Math.toRadians(lat))) / N;
        double theta = N * (Math.toRadians(lon) - LAMBDA0);
        return new double[] {rho * Math.sin(theta), RHO0 - rho * Math.cos(theta)};
    }
}
