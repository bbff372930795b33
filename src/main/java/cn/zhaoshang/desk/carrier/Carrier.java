package cn.zhaoshang.desk.carrier;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A carrier (载体) as stored: a park, building, incubator or accelerator where projects land. A park
 * may hold other carriers ({@code parentId}: 园中园). Areas in m²; the figures entered on a carrier
 * describe the whole of it, nested carriers included (see {@link CarrierAreas}).
 *
 * @param id null for a carrier not saved yet
 * @param version the optimistic-lock version the user started from
 * @param focusIndustries GB/T 4754 division codes (e.g. "65")
 */
public record Carrier(UUID id, int version, UUID parentId, String name, CarrierKind kind, String address,
                      List<String> focusIndustries, BigDecimal totalArea, BigDecimal vacantArea, String operator,
                      String contactName, String contactPhone) {
    public Carrier {
        focusIndustries = focusIndustries == null ? List.of() : List.copyOf(focusIndustries);
    }

    /** An empty carrier to be filled in by the form. */
    public static Carrier blank(UUID parentId) {
        return new Carrier(null, 0, parentId, "", CarrierKind.BUILDING, null, List.of(), null, null, null, null, null);
    }

    public boolean isNew() {
        return id == null;
    }
}
