package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM;

import cn.zhaoshang.desk.generated.tables.Person;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskDates;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/** How a task row and the names it links to are selected and turned into a {@link Task}. */
final class TaskRows {
    static final Person ASSIGNEE = PERSON.as("assignee");
    /** A confidential project shows its code name in task lists (they are seen by everyone). */
    static final Field<String> PROJECT_NAME = DSL.coalesce(PROJECT.CODE_NAME, PROJECT.NAME).as("project_name");
    static final Field<String> COMPANY_NAME = COMPANY.NAME.as("company_name");
    static final Field<String> ASSIGNEE_NAME = ASSIGNEE.NAME.as("assignee_name");
    static final Field<String> TEAM_NAME = TEAM.NAME.as("team_name");

    private TaskRows() {
    }

    static List<SelectField<?>> fields() {
        List<SelectField<?>> fields = new ArrayList<>(List.of(TASK.fields()));
        fields.addAll(List.of(COMPANY_NAME, PROJECT_NAME, ASSIGNEE_NAME, TEAM_NAME));
        return fields;
    }

    static SelectJoinStep<Record> select(DSLContext dsl) {
        return dsl.select(fields()).from(TASK)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(TASK.COMPANY_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(TASK.PROJECT_ID))
                .leftJoin(ASSIGNEE).on(ASSIGNEE.ID.eq(TASK.ASSIGNEE_PERSON_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(TASK.TEAM_ID));
    }

    static Task toTask(Record r) {
        return new Task(r.get(TASK.ID), r.get(TASK.VERSION), r.get(TASK.TITLE), r.get(TASK.DETAILS),
                r.get(TASK.COMPANY_ID), r.get(COMPANY_NAME), r.get(TASK.PROJECT_ID), r.get(PROJECT_NAME),
                r.get(TASK.INTERACTION_ID), r.get(TASK.ASSIGNEE_PERSON_ID), r.get(ASSIGNEE_NAME),
                r.get(TASK.TEAM_ID), r.get(TEAM_NAME), r.get(TASK.DUE_ON), r.get(TASK.PRIORITY),
                r.get(TASK.STATUS), r.get(TASK.SOURCE_KIND), r.get(TASK.SOURCE_NOTE),
                r.get(TASK.SUPERVISION_LEVEL), r.get(TASK.REPORT_EVERY_DAYS),
                r.get(TASK.REPORT_START_ON), r.get(TASK.COMPLETION_NOTE), r.get(TASK.COMPLETED_ON),
                TaskDates.dayOf(r.get(TASK.CREATED_AT)));
    }

    /** Sorts within a day: urgent first. Priorities are stored by name, whose alphabet order means nothing. */
    static Field<Integer> priorityRank() {
        return DSL.when(TASK.PRIORITY.eq(TaskPriority.URGENT), DSL.inline(3))
                .when(TASK.PRIORITY.eq(TaskPriority.HIGH), DSL.inline(2))
                .when(TASK.PRIORITY.eq(TaskPriority.NORMAL), DSL.inline(1))
                .otherwise(DSL.inline(0));
    }
}
