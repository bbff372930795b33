package cn.zhaoshang.desk.task;

import java.util.UUID;

/** A company or project a task can link to, as a picker shows it. */
public record LinkedRecord(Kind kind, UUID id, String name) {
    public enum Kind { COMPANY, PROJECT }
}
