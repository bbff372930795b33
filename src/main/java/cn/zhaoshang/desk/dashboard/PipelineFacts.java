package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the dashboard counts, read once per load: every live project with the columns the figures
 * need, the fund receipts, the chain links and the year's visits. The figures are then sums over
 * these lists — at 100k projects one scan of each table instead of some twenty-five grouped queries
 * (3.9 s at 1M companies; decision 0041).
 */
public final class PipelineFacts {
    /** A project that is not deleted (archived ones included: they still count as signed). */
    public record Project(UUID id, UUID teamId, UUID unitId, String stage, String sourceChannel,
                          BigDecimal contractAmount, BigDecimal plannedInvestment, boolean archived,
                          LocalDate signedOn, LocalDate registeredOn, LocalDate startedOn) {
        BigDecimal amount() {
            return contractAmount != null ? contractAmount : plannedInvestment;
        }

        boolean active() {
            return !archived && !"DROPPED".equals(stage);
        }

        UUID owner(OwnerKind kind) {
            return kind == OwnerKind.TEAM ? teamId : unitId;
        }
    }

    /** A fund receipt (资金到位) that is not deleted. */
    public record Fund(UUID projectId, LocalDate receivedOn, BigDecimal amount) { }

    /** A chain that is not deleted, in display order. */
    public record Chain(UUID id, String name) { }

    private final List<Project> projects;
    private final Map<UUID, Project> byId;
    /** The projects with a signing, registration or start date: the only ones the period figures look at. */
    private final List<Project> dated;
    private final List<Fund> funds;
    private final List<Chain> chains;
    private final Map<UUID, Set<UUID>> chainsOfProject;
    private final VisitTally visits;

    /**
     * @param chainsOfProject for each project on a chain, the chains it is on
     * @param visits          the visits of every span that will be asked for
     */
    public PipelineFacts(List<Project> projects, List<Fund> funds, List<Chain> chains,
                         Map<UUID, Set<UUID>> chainsOfProject, VisitTally visits) {
        this.projects = projects;
        this.funds = funds;
        this.chains = chains;
        this.chainsOfProject = chainsOfProject;
        this.visits = visits;
        this.byId = new HashMap<>();
        this.dated = new ArrayList<>();
        for (Project p : projects) {
            byId.put(p.id(), p);
            if (p.signedOn() != null || p.registeredOn() != null || p.startedOn() != null) {
                dated.add(p);
            }
        }
    }

    private PipelineFacts(PipelineFacts pipeline, VisitTally visits) {
        this.projects = pipeline.projects;
        this.funds = pipeline.funds;
        this.chains = pipeline.chains;
        this.chainsOfProject = pipeline.chainsOfProject;
        this.byId = pipeline.byId;
        this.dated = pipeline.dated;
        this.visits = visits;
    }

    /**
     * The same projects, funds and chains with other visits: a recorded visit changes only the tally, so
     * the dashboard counts the year's visits again and keeps the rest (decision 0174).
     */
    public PipelineFacts withVisits(VisitTally visits) {
        return new PipelineFacts(this, visits);
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static boolean ofTeam(Project p, UUID teamId) {
        return teamId == null || teamId.equals(p.teamId());
    }

    private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
        return value == null ? sum : sum.add(value);
    }

    /** Projects now in each stage (archived ones left out), with their amounts. */
    public List<StageCount> funnel(UUID teamId) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Project p : projects) {
            if (!p.archived() && ofTeam(p, teamId)) {
                counts.computeIfAbsent(p.stage(), k -> new long[1])[0]++;
                amounts.merge(p.stage(), p.amount() == null ? BigDecimal.ZERO : p.amount(), BigDecimal::add);
            }
        }
        List<StageCount> result = new ArrayList<>();
        counts.forEach((stage, n) -> result.add(new StageCount(stage, n[0], amounts.get(stage))));
        return result;
    }

    /**
     * Actual figures per owner (the null key holds records with neither) for each indicator in
     * [from, to]; the visits count for the team and unit credited when they were recorded.
     */
    public Map<UUID, Map<Indicator, BigDecimal>> actuals(LocalDate from, LocalDate to, OwnerKind kind) {
        Map<UUID, Map<Indicator, BigDecimal>> result = new HashMap<>();
        for (Project p : dated) {
            UUID owner = p.owner(kind);
            if (in(p.signedOn(), from, to)) {
                put(result, owner, Indicator.SIGNED_PROJECTS, BigDecimal.ONE);
                put(result, owner, Indicator.CONTRACT_AMOUNT, p.contractAmount() == null ? BigDecimal.ZERO : p.contractAmount());
            }
            if (in(p.registeredOn(), from, to)) {
                put(result, owner, Indicator.REGISTERED_COMPANIES, BigDecimal.ONE);
            }
            if (in(p.startedOn(), from, to)) {
                put(result, owner, Indicator.STARTED_PROJECTS, BigDecimal.ONE);
            }
        }
        for (Fund f : funds) {
            Project p = byId.get(f.projectId());
            if (p != null && in(f.receivedOn(), from, to)) {
                put(result, p.owner(kind), Indicator.FUNDS_IN_PLACE, f.amount());
            }
        }
        visits.count(from, to, kind).forEach((who, n) -> put(result, who, Indicator.VISITS, BigDecimal.valueOf(n)));
        return result;
    }

    private static void put(Map<UUID, Map<Indicator, BigDecimal>> map, UUID owner, Indicator indicator, BigDecimal value) {
        map.computeIfAbsent(owner, k -> new EnumMap<>(Indicator.class)).merge(indicator, value, BigDecimal::add);
    }

    /** The rates' raw figures over the projects signed in [from, to]; funds counted up to {@code today}. */
    public Kpis kpis(LocalDate from, LocalDate to, UUID teamId, LocalDate today) {
        long signed = 0;
        long registered = 0;
        long started = 0;
        BigDecimal contract = BigDecimal.ZERO;
        Set<UUID> signedIds = new HashSet<>();
        for (Project p : dated) {
            if (in(p.signedOn(), from, to) && ofTeam(p, teamId)) {
                signed++;
                registered += p.registeredOn() == null ? 0 : 1;
                started += p.startedOn() == null ? 0 : 1;
                contract = plus(contract, p.contractAmount());
                signedIds.add(p.id());
            }
        }
        BigDecimal received = BigDecimal.ZERO;
        for (Fund f : funds) {
            if (signedIds.contains(f.projectId()) && !f.receivedOn().isAfter(today)) {
                received = plus(received, f.amount());
            }
        }
        return new Kpis(signed, registered, started, contract, received);
    }

    /** Active projects (not archived, not dropped) per chain, in the chains' order; a project counts once per chain. */
    public List<GroupCount> byChain(UUID teamId) {
        Map<UUID, long[]> counts = new HashMap<>();
        Map<UUID, BigDecimal> amounts = new HashMap<>();
        chainsOfProject.forEach((projectId, chainIds) -> {
            Project p = byId.get(projectId);
            if (p == null || !p.active() || !ofTeam(p, teamId)) {
                return;
            }
            for (UUID chain : chainIds) {
                counts.computeIfAbsent(chain, k -> new long[1])[0]++;
                amounts.merge(chain, p.amount() == null ? BigDecimal.ZERO : p.amount(), BigDecimal::add);
            }
        });
        List<GroupCount> result = new ArrayList<>();
        for (Chain c : chains) {
            if (counts.containsKey(c.id())) {
                result.add(new GroupCount(c.id().toString(), c.name(), counts.get(c.id())[0], amounts.get(c.id())));
            }
        }
        return result;
    }

    /** Active projects per source channel (招商方式), most first; projects without one count as OTHER. */
    public List<GroupCount> bySource(UUID teamId) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Project p : projects) {
            if (p.active() && ofTeam(p, teamId)) {
                String key = p.sourceChannel() == null ? "OTHER" : p.sourceChannel();
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                amounts.merge(key, p.amount() == null ? BigDecimal.ZERO : p.amount(), BigDecimal::add);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new GroupCount(e.getKey(), e.getKey(), e.getValue()[0], amounts.get(e.getKey())))
                .sorted(Comparator.comparingLong(GroupCount::projects).reversed().thenComparing(GroupCount::key))
                .toList();
    }
}
