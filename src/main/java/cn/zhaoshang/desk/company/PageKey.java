package cn.zhaoshang.desk.company;

import java.util.UUID;

/**
 * Where the next page of the list starts (keyset paging): the sort value and key of the last row
 * shown. Rows without a value in the sort column come after all others, in key order; {@code
 * inEmptyPart} says the list has reached them. Opaque to screens: they pass it back unchanged.
 */
public record PageKey(Object value, UUID id, boolean inEmptyPart) {
}
