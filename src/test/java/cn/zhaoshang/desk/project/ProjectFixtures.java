package cn.zhaoshang.desk.project;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Projects in given stages for service and UI tests; "today" is {@link #TODAY} (TestDatabases.CLOCK). */
final class ProjectFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private ProjectFixtures() {
    }

    static ProjectDraft draft(String name) {
        return new ProjectDraft(name, null, null, "65", List.of(), new BigDecimal("8000"), null, null, null, "李副区长",
                null, false, null);
    }

    static String uscc(int n) {
        String first17 = String.format("914101020%08d", n);
        return first17 + Uscc.checkChar(first17);
    }

    /** A project negotiating since {@code since}. */
    static Project negotiating(ProjectService service, String name, LocalDate since) {
        return service.create(draft(name), ProjectStage.NEGOTIATING, since);
    }

    /** A project signed on {@code on} for {@code amount} 万元 (negotiating from a year before). */
    static Project signed(ProjectService service, ProjectDraft draft, LocalDate on, String amount) {
        Project p = service.create(draft, ProjectStage.NEGOTIATING, on.minusDays(365));
        service.transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.SIGNED)
                .with(StageField.SIGNED_ON, on).with(StageField.CONTRACT_AMOUNT, new BigDecimal(amount)));
        return service.get(p.id());
    }

    static Project registered(ProjectService service, String name, LocalDate signedOn, LocalDate registeredOn, int code) {
        Project p = signed(service, draft(name), signedOn, "5000");
        service.transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.REGISTERED)
                .with(StageField.REGISTERED_ON, registeredOn).with(StageField.LOCAL_USCC, uscc(code)));
        return service.get(p.id());
    }

    static UUID company(Services services, String name, String uscc) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        services.database().dsl().insertInto(COMPANY).set(COMPANY.ID, id).set(COMPANY.CREATED_AT, now)
                .set(COMPANY.UPDATED_AT, now).set(COMPANY.NAME, name).set(COMPANY.NORMALIZED_NAME, name)
                .set(COMPANY.USCC, uscc).set(COMPANY.PURSUIT_STATUS, PursuitStatus.NEW).execute();
        return id;
    }

    static void signInAs(Services services, String username, String displayName, Role role) {
        TestDatabases.signInAs(services, username, displayName, role, null);
    }
}
