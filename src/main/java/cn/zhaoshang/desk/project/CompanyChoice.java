package cn.zhaoshang.desk.project;

import java.util.UUID;

/** An investor company found by the project form's company picker. */
public record CompanyChoice(UUID id, String name, String uscc) {
}
