package cn.zhaoshang.desk.carrier;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The carriers as a forest (园中园): children, depth, and each carrier's figures per the rule of
 * {@link CarrierAreas}. Built from the live carriers; a parent that is missing or deleted makes its
 * child a top-level carrier rather than hiding it.
 */
public final class CarrierTree {
    /** Chinese names in pinyin order (华润 before 金桐), as people look them up. */
    private static final Comparator<Carrier> BY_NAME = Comparator.comparing(Carrier::name,
            Collator.getInstance(Locale.CHINA));
    private final Map<UUID, Carrier> byId = new HashMap<>();
    private final Map<UUID, List<Carrier>> children = new HashMap<>();
    private final List<Carrier> roots = new ArrayList<>();
    private final Map<UUID, CarrierAreas> areas = new HashMap<>();

    public CarrierTree(List<Carrier> carriers) {
        carriers.forEach(c -> byId.put(c.id(), c));
        for (Carrier c : carriers) {
            if (c.parentId() != null && byId.containsKey(c.parentId()) && !c.parentId().equals(c.id())) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        roots.sort(BY_NAME);
        children.values().forEach(list -> list.sort(BY_NAME));
    }

    public Optional<Carrier> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Carrier> children(UUID id) {
        return children.getOrDefault(id, List.of());
    }

    /** Every carrier, each parent followed by its children (by name at each level). */
    public List<Carrier> inTreeOrder() {
        List<Carrier> ordered = new ArrayList<>();
        roots.forEach(r -> walk(r, ordered));
        return ordered;
    }

    private void walk(Carrier c, List<Carrier> into) {
        into.add(c);
        children(c.id()).forEach(child -> walk(child, into));
    }

    /** The carrier and everything nested in it, at any depth. */
    public List<Carrier> selfAndDescendants(UUID id) {
        List<Carrier> all = new ArrayList<>();
        find(id).ifPresent(c -> walk(c, all));
        return all;
    }

    public int depth(UUID id) {
        int depth = 0;
        Carrier c = byId.get(id);
        while (c != null && c.parentId() != null && byId.containsKey(c.parentId()) && depth < byId.size()) {
            c = byId.get(c.parentId());
            depth++;
        }
        return depth;
    }

    /** True when {@code candidateParent} is the carrier itself or nested in it: the nesting would loop. */
    public boolean wouldLoop(UUID carrierId, UUID candidateParent) {
        if (carrierId == null || candidateParent == null) {
            return false;
        }
        return selfAndDescendants(carrierId).stream().anyMatch(c -> c.id().equals(candidateParent));
    }

    /** The figures shown for a carrier: its own when it has a total, else the sums of its children. */
    public CarrierAreas areas(UUID id) {
        CarrierAreas known = areas.get(id);
        if (known != null) {
            return known;
        }
        Carrier c = byId.get(id);
        CarrierAreas result = c == null ? CarrierAreas.UNKNOWN : compute(c);
        areas.put(id, result);
        return result;
    }

    private CarrierAreas compute(Carrier c) {
        if (c.totalArea() != null) {
            return new CarrierAreas(c.totalArea(), c.vacantArea(), false);
        }
        List<Carrier> kids = children(c.id());
        if (kids.isEmpty()) {
            return CarrierAreas.UNKNOWN;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal vacant = BigDecimal.ZERO;
        boolean anyTotal = false;
        boolean anyVacant = false;
        for (Carrier kid : kids) {
            CarrierAreas a = areas(kid.id());
            if (a.total() != null) {
                total = total.add(a.total());
                anyTotal = true;
            }
            if (a.vacant() != null) {
                vacant = vacant.add(a.vacant());
                anyVacant = true;
            }
        }
        return new CarrierAreas(anyTotal ? total : null, anyVacant ? vacant : null, true);
    }

    /** Sum of the shown totals of a carrier's children (zero when none is known). */
    public BigDecimal childrenTotal(UUID id) {
        return children(id).stream().map(c -> areas(c.id()).total()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
