package cn.zhaoshang.desk.company;

/**
 * 登记状态: what the company register says of a company (not where the district stands with it, which
 * is {@link PursuitStatus}). Read from registry exports (存续/在业, 迁出, 注销, 吊销 …).
 */
public enum RegistrationStatus {
    ACTIVE, MOVED_OUT, CANCELLED, REVOKED, LIQUIDATING, SUSPENDED
}
