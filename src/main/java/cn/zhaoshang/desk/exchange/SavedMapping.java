package cn.zhaoshang.desk.exchange;

import java.util.UUID;

/** A column mapping kept under a name (table import_mapping) for next month's file. */
public record SavedMapping(UUID id, String name, ImportEntity entity, String definition) {
}
