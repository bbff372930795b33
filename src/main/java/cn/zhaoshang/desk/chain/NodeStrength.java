package cn.zhaoshang.desk.chain;

/**
 * How well a node is filled in the district. The one place where the rule lives:
 * <ul>
 *   <li>{@link #STRONG} 强链: two or more local companies, or a local chain leader (链主);</li>
 *   <li>{@link #WEAK} 弱链: exactly one local company;</li>
 *   <li>{@link #PURSUING} 在招: no local company yet, but targets or projects are being worked on;</li>
 *   <li>{@link #GAP} 缺链: no local company and no active lead — the 补链 target.</li>
 * </ul>
 * A chain leader counts only when it is local: a chain leader we are still courting does not make the
 * district's chain strong, it makes the node {@link #PURSUING}.
 */
public enum NodeStrength {
    GAP, PURSUING, WEAK, STRONG;

    public static NodeStrength classify(int localCompanies, int localChainLeaders, int pursuedTargets,
                                        int activeProjects) {
        if (localCompanies >= 2 || localChainLeaders > 0) {
            return STRONG;
        }
        if (localCompanies == 1) {
            return WEAK;
        }
        if (pursuedTargets > 0 || activeProjects > 0) {
            return PURSUING;
        }
        return GAP;
    }
}
