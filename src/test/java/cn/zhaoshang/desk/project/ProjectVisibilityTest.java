package cn.zhaoshang.desk.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.session.Session;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectVisibilityTest {
    @Test
    void managersAndAdminsSeeRealNamesAndEveryoneElseSeesTheCodeName() {
        assertThat(ProjectVisibility.seesRealNames("ADMIN")).isTrue();
        assertThat(ProjectVisibility.seesRealNames("MANAGER")).isTrue();
        assertThat(ProjectVisibility.seesRealNames("TEAM_LEAD")).isFalse();
        assertThat(ProjectVisibility.seesRealNames("RECRUITER")).isFalse();
        assertThat(ProjectVisibility.seesRealNames(null)).isFalse();
    }

    @Test
    void theCodeNameReplacesTheNameOnlyWhenSet() {
        assertThat(ProjectVisibility.shownName("华润新能源总部项目", "保密项目-007", false)).isEqualTo("保密项目-007");
        assertThat(ProjectVisibility.shownName("华润新能源总部项目", "保密项目-007", true)).isEqualTo("华润新能源总部项目");
        assertThat(ProjectVisibility.shownName("华润新能源总部项目", null, false)).isEqualTo("华润新能源总部项目");
        assertThat(ProjectVisibility.shownName("华润新能源总部项目", "  ", false)).isEqualTo("华润新能源总部项目");
    }

    @Test
    void theRuleFollowsWhoIsSignedIn() {
        Session session = new Session();
        ProjectVisibility visibility = new ProjectVisibility(session);
        session.signIn(UUID.randomUUID(), "li", "李娜", null, "RECRUITER");
        assertThat(visibility.shownName("真名", "代号")).isEqualTo("代号");
        assertThat(visibility.hidesName("代号")).isTrue();
        session.signIn(UUID.randomUUID(), "wang", "王局", null, "MANAGER");
        assertThat(visibility.shownName("真名", "代号")).isEqualTo("真名");
        assertThat(visibility.hidesName("代号")).isFalse();
    }
}
