package cn.zhaoshang.desk.carrier;

import cn.zhaoshang.desk.carrier.db.CarrierProjectRepository;
import cn.zhaoshang.desk.carrier.db.CarrierRepository;
import cn.zhaoshang.desk.carrier.db.OccupancyRepository;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import cn.zhaoshang.desk.security.AccessPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Carriers (载体): parks, buildings, incubators and accelerators, nested (园中园), with their areas,
 * the projects that target them or landed in them, and their occupancy over time.
 *
 * <p>Figures: a carrier's own total/vacant area describes the whole of it, nested carriers included;
 * a carrier without its own total shows the sums of its children ({@link CarrierAreas}). Saving checks
 * the carrier alone ({@link CarrierRules}) and against its neighbours: no loops in the nesting, a
 * nested carrier no larger than its parent, children together no larger than the carrier.
 * Every write is audited and refused when stale (someone saved first).
 */
public final class CarrierService {
    private final Database database;
    private final CarrierRepository carriers;
    private final OccupancyRepository occupancy;
    private final CarrierProjectRepository projects;
    private final ReferenceDataService referenceData;
    private final Clock clock;
    private final AccessPolicy access;

    public CarrierService(Database database, RecordWriter writer, ReferenceDataService referenceData, Clock clock,
                          AccessPolicy access) {
        this.access = access;
        this.database = database;
        this.carriers = new CarrierRepository(database, writer);
        this.occupancy = new OccupancyRepository(database, writer);
        this.projects = new CarrierProjectRepository(database);
        this.referenceData = referenceData;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every live carrier with its figures, each parent followed by the carriers nested in it. */
    public List<CarrierSummary> list() {
        return database.transaction(() -> {
            CarrierTree tree = new CarrierTree(carriers.findLive());
            Map<UUID, Integer> counts = projects.countsByCarrier();
            return tree.inTreeOrder().stream().map(c -> summary(tree, c, counts)).toList();
        });
    }

    /** The carrier with its children, projects (its own and its children's), occupancy and industry names. */
    public CarrierDetail detail(UUID id) {
        return database.transaction(() -> {
            CarrierTree tree = new CarrierTree(carriers.findLive());
            Carrier carrier = tree.find(id).orElseThrow(() -> new DeskException("carrier.error.notFound"));
            Map<UUID, Integer> counts = projects.countsByCarrier();
            List<CarrierSummary> children = tree.children(id).stream().map(c -> summary(tree, c, counts)).toList();
            List<UUID> ids = tree.selfAndDescendants(id).stream().map(Carrier::id).toList();
            Map<String, String> names = new LinkedHashMap<>();
            carrier.focusIndustries().forEach(code -> names.put(code, referenceData.industryName(code).orElse(code)));
            return new CarrierDetail(summary(tree, carrier, counts), children, projects.projectsIn(ids),
                    occupancy.of(id), names);
        });
    }

    /** Carriers that may hold the given one (null: a new carrier): all but itself and what is nested in it. */
    public List<CarrierSummary> possibleParents(UUID carrierId) {
        return database.transaction(() -> {
            CarrierTree tree = new CarrierTree(carriers.findLive());
            Map<UUID, Integer> counts = projects.countsByCarrier();
            return tree.inTreeOrder().stream().filter(c -> !tree.wouldLoop(carrierId, c.id()))
                    .map(c -> summary(tree, c, counts)).toList();
        });
    }

    /** GB/T 4754 divisions (two-digit codes) with names, for choosing focus industries. */
    public Map<String, String> industryChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (ReferenceDataService.Industry section : referenceData.industries(null)) {
            referenceData.industries(section.code()).forEach(d -> choices.put(d.code(), d.name()));
        }
        return choices;
    }

    /** Creates or updates a carrier after checking it alone and within the nesting. */
    public Carrier save(Carrier input) {
        access.requireSignedIn();
        Carrier c = cleaned(input);
        CarrierRules.check(c).ifPresent(e -> {
            throw e;
        });
        return database.transaction(() -> {
            CarrierTree tree = new CarrierTree(carriers.findLive());
            checkNesting(c, tree);
            return c.isNew() ? carriers.insert(c) : carriers.update(c);
        });
    }

    private void checkNesting(Carrier c, CarrierTree tree) {
        if (c.parentId() != null) {
            Carrier parent = tree.find(c.parentId())
                    .orElseThrow(() -> new FieldInputException("parent", "carrier.error.parentMissing"));
            if (tree.wouldLoop(c.id(), c.parentId())) {
                throw new FieldInputException("parent", "carrier.error.parentLoop");
            }
            BigDecimal parentTotal = parent.totalArea();
            if (parentTotal != null && c.totalArea() != null && c.totalArea().compareTo(parentTotal) > 0) {
                throw new FieldInputException("totalArea", "carrier.error.largerThanParent", parent.name(), plain(parentTotal));
            }
        }
        if (!c.isNew() && c.totalArea() != null) {
            BigDecimal nested = tree.childrenTotal(c.id());
            if (nested.compareTo(c.totalArea()) > 0) {
                throw new FieldInputException("totalArea", "carrier.error.smallerThanChildren", plain(nested));
            }
        }
    }

    /** Moves a carrier to the trash; refused while carriers are nested in it or projects name it. */
    public void delete(UUID id, int version) {
        database.transaction(() -> {
            CarrierTree tree = new CarrierTree(carriers.findLive());
            if (!tree.children(id).isEmpty()) {
                throw new DeskException("carrier.error.deleteHasChildren");
            }
            if (projects.anyIn(id)) {
                throw new DeskException("carrier.error.deleteHasProjects");
            }
            carriers.softDelete(id, version);
        });
    }

    /**
     * Records a dated occupancy figure. When it is the carrier's newest entry and the carrier keeps its
     * own figures, its current vacant area follows the entry, so the list's vacancy stays current.
     */
    public OccupancyEntry addOccupancy(OccupancyEntry entry) {
        return database.transaction(() -> {
            CarrierTree tree = new CarrierTree(carriers.findLive());
            Carrier carrier = tree.find(entry.carrierId()).orElseThrow(() -> new DeskException("carrier.error.notFound"));
            CarrierRules.checkOccupancy(entry, tree.areas(carrier.id()).total(), LocalDate.now(clock)).ifPresent(e -> {
                throw e;
            });
            boolean newest = occupancy.latestDate(carrier.id()).map(d -> !entry.recordedOn().isBefore(d)).orElse(true);
            OccupancyEntry saved = occupancy.insert(entry);
            BigDecimal vacant = vacantOf(entry, carrier.totalArea());
            if (newest && carrier.totalArea() != null && vacant != null) {
                carriers.setVacantArea(carrier.id(), vacant);
            }
            return saved;
        });
    }

    private static BigDecimal vacantOf(OccupancyEntry e, BigDecimal total) {
        if (e.vacantArea() != null) {
            return e.vacantArea();
        }
        return total == null ? null : total.subtract(e.occupiedArea());
    }

    /** Moves a mistaken occupancy entry to the trash. */
    public void deleteOccupancy(UUID entryId, int version) {
        occupancy.softDelete(entryId, version);
    }

    private static CarrierSummary summary(CarrierTree tree, Carrier c, Map<UUID, Integer> counts) {
        String parentName = c.parentId() == null ? null : tree.find(c.parentId()).map(Carrier::name).orElse(null);
        return new CarrierSummary(c, parentName, tree.depth(c.id()), tree.areas(c.id()), tree.children(c.id()).size(),
                counts.getOrDefault(c.id(), 0));
    }

    private static Carrier cleaned(Carrier c) {
        List<String> focus = new ArrayList<>();
        c.focusIndustries().stream().map(TextNormalizer::clean).filter(Objects::nonNull).distinct().forEach(focus::add);
        return new Carrier(c.id(), c.version(), c.parentId(), TextNormalizer.clean(c.name()), c.kind(),
                TextNormalizer.clean(c.address()), focus, c.totalArea(), c.vacantArea(), TextNormalizer.clean(c.operator()),
                TextNormalizer.clean(c.contactName()), TextNormalizer.clean(c.contactPhone()));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
