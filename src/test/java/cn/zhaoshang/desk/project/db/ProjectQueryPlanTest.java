package cn.zhaoshang.desk.project.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board stays fast at 100,000 projects because its pages walk an index and stop; these read
 * H2's plans so that a change to the queries cannot quietly turn a page into a sort of everything.
 */
class ProjectQueryPlanTest {
    @TempDir
    Path dir;
    private Services services;
    private ProjectQueries queries;
    private ProjectQueries.Context context;

    @BeforeEach
    void open() {
        services = TestDatabases.open(Engine.H2, dir);
        queries = new ProjectQueries(services.database());
        context = new ProjectQueries.Context(true, services.projects().deadlines(), LocalDate.of(2026, 6, 15));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private String plan(ResultQuery<?> query) {
        return services.database().dsl().fetchValue("explain " + query.getSQL(ParamType.INLINED)).toString();
    }

    @Test
    void aBoardColumnPageWalksTheStageIndexInOrderInsteadOfSortingTheStage() {
        String plan = plan(queries.columnKeys(ProjectFilter.ALL, ProjectStage.SIGNED, null, 30, context));
        assertThat(plan).contains("project_stage_entered").contains("index sorted");
    }

    @Test
    void theListsDefaultOrderWalksItsIndexInOrder() {
        String plan = plan(queries.listKeys(ProjectFilter.ALL, ListSort.LONGEST_IN_STAGE, null, 100, context));
        assertThat(plan).contains("project_entered_id").contains("index sorted");
        assertThat(plan(queries.listKeys(ProjectFilter.ALL, ListSort.NAME, null, 100, context)))
                .contains("project_name_id").contains("index sorted");
    }

    @Test
    void pagesAskForOneRowMoreThanShownAndNoMore() {
        assertThat(queries.columnKeys(ProjectFilter.ALL, ProjectStage.LEAD, null, 30, context).getSQL(ParamType.INLINED))
                .contains("fetch next 31 rows only");
    }
}
