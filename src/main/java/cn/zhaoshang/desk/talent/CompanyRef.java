package cn.zhaoshang.desk.talent;

import java.util.UUID;

/** A company as the talent form's picker shows it. */
public record CompanyRef(UUID id, String name) {
}
