package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.sync.Briefcase;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * `sync pack` / `sync unpack` / `sync briefcase`: what a laptop carries beyond its user's share for a trip
 * (出差包) — another team's targets by the team's name, a chain's companies by the chain's name, one company
 * by its id. Takes effect at the next sync; unpacking never deletes anything at the office.
 */
final class BriefcaseCommand {
    private BriefcaseCommand() {
    }

    /** The team, chain or company the words name, as the laptop knows them. */
    static UUID resolve(Services services, Briefcase.Kind kind, String name) {
        return switch (kind) {
            case TEAM -> services.teams().teams().stream().filter(t -> t.name().equals(name)).findFirst()
                    .map(t -> t.id()).orElseThrow(() -> new DeskException("sync.error.noSuchTeam", name));
            case CHAIN -> services.chains().chains().stream().filter(c -> c.name().equals(name)).findFirst()
                    .map(c -> c.id()).orElseThrow(() -> new DeskException("sync.error.noSuchChain", name));
            case COMPANY -> {
                try {
                    yield UUID.fromString(name);
                } catch (IllegalArgumentException e) {
                    throw new DeskException("sync.error.companyId", name);
                }
            }
        };
    }

    /** What pack and unpack share: which kind, which name, and the line they print. */
    abstract static class BriefcaseChange extends CommandContext {
        @Parameters(index = "0", paramLabel = "team|chain|company", converter = KindConverter.class)
        Briefcase.Kind kind;

        @Parameters(index = "1", paramLabel = "NAME|ID")
        String name;

        /** What the command does to the briefcase. */
        interface Change {
            void apply(Services services, Briefcase.Kind kind, UUID id);
        }

        private final Change change;
        /** The key of the line that says it was done. */
        private final String doneKey;

        BriefcaseChange(Change change, String doneKey) {
            this.change = change;
            this.doneKey = doneKey;
        }

        @Override
        protected Integer run(Services services, PrintWriter out) {
            change.apply(services, kind, resolve(services, kind, name));
            out.println(services.messages().get(doneKey, name));
            return 0;
        }
    }

    @Command(name = "pack", mixinStandardHelpOptions = true,
            description = "Carry more at the next sync: team NAME | chain NAME | company ID (出差包).")
    public static final class Pack extends BriefcaseChange {
        public Pack() {
            super((services, kind, id) -> services.sync().pack(kind, id), "sync.briefcase.packed");
        }
    }

    @Command(name = "unpack", mixinStandardHelpOptions = true,
            description = "Stop carrying a team's, chain's or company's records (nothing is deleted at the office).")
    public static final class Unpack extends BriefcaseChange {
        public Unpack() {
            super((services, kind, id) -> services.sync().unpack(kind, id), "sync.briefcase.unpacked");
        }
    }

    /** team / chain / company, in any case. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Briefcase.Kind> {
        @Override
        public Briefcase.Kind convert(String value) {
            return Briefcase.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }
}
