package cn.zhaoshang.desk.security;

/** What a user may see and do; the rules live in the service layer (see issue on trust). */
public enum Role {
    RECRUITER,   // 招商专员
    TEAM_LEAD,   // 小分队队长
    MANAGER,     // 局长 / 分管领导
    ADMIN        // 管理员
}
