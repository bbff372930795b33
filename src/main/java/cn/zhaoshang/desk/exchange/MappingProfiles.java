package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.exchange.db.MappingRepository;
import java.nio.file.Path;
import java.util.List;

/**
 * Mappings remembered per header row, a profile per source: a mapping someone changed from the guess
 * is kept with the headers it was made for, and the next file with the same headers (in any order)
 * gets it without a click (decision 0100).
 */
final class MappingProfiles {
    private final MappingRepository mappings;

    MappingProfiles(MappingRepository mappings) {
        this.mappings = mappings;
    }

    /** The mapping kept for files with exactly these headers, else a guess. */
    ColumnMapping forHeaders(ImportEntity entity, List<String> headers) {
        for (SavedMapping saved : mappings.list(entity)) {
            if (ColumnMapping.madeFor(saved.definition(), headers)) {
                return ColumnMapping.fromDefinition(entity, headers, saved.definition());
            }
        }
        return ColumnGuesser.guess(entity, headers);
    }

    /**
     * Keeps a mapping that differs from the guess for the next file with the same headers: over the one
     * kept for these headers, or under the file's name.
     */
    void remember(ColumnMapping used, Path file) {
        if (ColumnGuesser.guess(used.entity(), used.headers()).fields().equals(used.fields())) {
            return;
        }
        String definition = used.toDefinition();
        for (SavedMapping saved : mappings.list(used.entity())) {
            if (ColumnMapping.madeFor(saved.definition(), used.headers())) {
                if (!saved.definition().equals(definition)) {
                    mappings.save(saved.name(), used.entity(), definition);
                }
                return;
            }
        }
        String name = file.getFileName().toString();
        mappings.save(name.length() > 100 ? name.substring(0, 100) : name, used.entity(), definition);
    }
}
