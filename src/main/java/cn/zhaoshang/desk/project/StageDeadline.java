package cn.zhaoshang.desk.project;

/**
 * A configurable deadline of the stage clock: a project should leave {@code stage} within
 * {@code maxDays} of entering it (e.g. 签约 → 注册 within 90 days); in the last {@code warnDays}
 * it is due soon.
 */
public record StageDeadline(ProjectStage stage, int maxDays, int warnDays) {
}
