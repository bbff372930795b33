package cn.zhaoshang.desk.chain;

import java.util.UUID;

/** An industry chain (产业链), e.g. 新能源; {@code version} is the optimistic-locking version. */
public record Chain(UUID id, int version, String name, String description, int sortOrder) {
}
