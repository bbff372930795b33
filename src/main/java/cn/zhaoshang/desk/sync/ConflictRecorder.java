package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.sync.db.LaptopStore;
import cn.zhaoshang.desk.sync.db.ServerStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Puts what a merge found into the laptop's conflict queue, with the record's name and who changed what when. */
final class ConflictRecorder {
    private final LaptopStore book;
    private final ServerStore server;
    private final String userName;
    private final Clock clock;

    ConflictRecorder(LaptopStore book, ServerStore server, String userName, Clock clock) {
        this.book = book;
        this.server = server;
        this.userName = userName;
        this.clock = clock;
    }

    void record(Found f) {
        SyncRow theirs = f.theirRow();
        String theirUser = server == null ? null : server.lastEditor(f.table().name(), f.recordId());
        Conflict conflict = new Conflict(Ids.next(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                f.table().name(), f.recordId(), label(f.mineRow() != null ? f.mineRow() : theirs), f.kind(), f.field(),
                f.mine(), f.theirs(), userName, time(f.mineRow()), theirUser, time(theirs), null, null);
        boolean needsRow = f.kind() == ConflictKind.EDIT_DELETE || f.kind() == ConflictKind.STAGE_RULE;
        book.addConflict(conflict, needsRow && f.mineRow() != null ? jsonOf(f.mineRow()) : null);
    }

    /** What people call the record: its name, title or user name. */
    static String label(SyncRow row) {
        if (row == null) {
            return null;
        }
        for (String column : new String[] {"name", "title", "username", "summary"}) {
            if (row.get(column) != null) {
                return row.get(column);
            }
        }
        return row.get("id");
    }

    private static OffsetDateTime time(SyncRow row) {
        return row == null || row.get("updated_at") == null ? null : OffsetDateTime.parse(row.get("updated_at"));
    }

    private static String jsonOf(SyncRow row) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(row.values());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
