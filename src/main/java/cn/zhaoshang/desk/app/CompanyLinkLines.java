package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.company.CompanyLinks;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A company's projects and tasks as lines, from the project and task services (so confidential projects and
 * others' claims stay hidden as everywhere else). Used by the company detail and `company show`.
 */
public final class CompanyLinkLines implements CompanyLinks.Source {
    static final int MOST = 100;
    private final ProjectService projects;
    private final TaskListService tasks;
    private final Messages messages;

    public CompanyLinkLines(ProjectService projects, TaskListService tasks, Messages messages) {
        this.projects = projects;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public CompanyLinks of(UUID companyId) {
        List<CompanyLinks.Line> projectLines = new ArrayList<>();
        for (var p : projects.list(ProjectFilter.ALL.withArchived(true).withCompany(companyId), ListSort.NAME, null, MOST)
                .rows()) {
            String amount = p.amount() == null ? "" : " · " + Money.format(p.amount(), messages);
            projectLines.add(new CompanyLinks.Line(p.id(), p.name(), messages.label(p.stage()) + amount));
        }
        List<CompanyLinks.Line> taskLines = new ArrayList<>();
        for (var row : tasks.page(TaskQuery.ofCompany(companyId), null, MOST).rows()) {
            Task t = row.task();
            String due = t.dueOn() == null ? "" : " · " + messages.get("company.links.due", t.dueOn());
            String who = t.assigneeName() == null ? "" : " · " + t.assigneeName();
            taskLines.add(new CompanyLinks.Line(t.id(), t.title(), messages.label(t.status()) + due + who));
        }
        return new CompanyLinks(projectLines, taskLines);
    }
}
