package cn.zhaoshang.desk.project;

import java.util.UUID;

/**
 * Where the next page starts (keyset paging): the sort key and id of the last row shown. The key's
 * type follows the sort (a date, a name, a timestamp); callers just hand it back.
 */
public record PageCursor(Object key, UUID id) {
}
