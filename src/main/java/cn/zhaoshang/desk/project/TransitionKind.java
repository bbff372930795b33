package cn.zhaoshang.desk.project;

/** What a stage transition means for the project; decides which data it asks for. */
public enum TransitionKind {
    NONE,       // the target is the current stage: nothing to do (refused)
    ADVANCE,    // forward along the pipeline (also out of 暂缓 to a later stage)
    MOVE_BACK,  // to an earlier main stage: reason required, later milestones cleared
    RESUME,     // out of 暂缓 into the stage it was paused in
    REOPEN,     // out of 终止 into a main stage: reason required
    PAUSE,      // into 暂缓: reason required
    DROP        // into 终止: reason required
}
