package cn.zhaoshang.desk.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** `company …`: the target-company library from the command line. */
@Command(name = "company", mixinStandardHelpOptions = true,
        description = "Target-company library (目标企业库).", subcommands = CompanyShowCommand.class)
public final class CompanyCommand {
    @ParentCommand
    DeskCommand root;
}
