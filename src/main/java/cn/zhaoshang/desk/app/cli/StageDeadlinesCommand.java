package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.task.StageDeadlineJob;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * `stage-deadlines`: runs the stage clock once (what the desktop app does at start and daily), e.g.
 * from a scheduler on the team server. Safe to repeat: each lapsed stage gets one task, ever.
 */
@Command(name = "stage-deadlines", mixinStandardHelpOptions = true,
        description = "Raise one supervision task for each project past its stage deadline (once per project and stage).")
public final class StageDeadlinesCommand extends CommandContext {
    @Override
    protected Integer run(Services services, PrintWriter out) {
        StageDeadlineJob.Result result = services.stageDeadlines()
                .run(new ConsoleProgress(spec.commandLine().getErr(), services.messages()), services.messages());
        out.println(services.messages().get("task.cli.stageDeadlines", result.lapsed(), result.created()));
        return 0;
    }
}
