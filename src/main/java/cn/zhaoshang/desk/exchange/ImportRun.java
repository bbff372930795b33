package cn.zhaoshang.desk.exchange;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A past import as the import list shows it; undone imports stay listed, marked. */
public record ImportRun(UUID id, ImportEntity entity, String fileName, String userName, OffsetDateTime startedAt,
                        OffsetDateTime finishedAt, int imported, int updated, int skipped, int rejected,
                        OffsetDateTime undoneAt) {
    public boolean isUndone() {
        return undoneAt != null;
    }
}
