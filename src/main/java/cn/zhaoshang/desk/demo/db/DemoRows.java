package cn.zhaoshang.desk.demo.db;

import cn.zhaoshang.desk.common.text.PinyinText;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.demo.DemoNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Generated demo rows, in the column order {@link DemoDataWriter} inserts them. Rows are produced
 * lazily (a million companies never sit in memory as rows); only keys and a few attributes per
 * company are kept so that later tables can refer to them.
 */
final class DemoRows {
    /** What already exists; {@code existingCompanies} shifts generated credit codes so a second run adds new ones. */
    record Reference(List<UUID> teams, List<UUID> units, List<UUID> carriers, Map<String, UUID> chainNodes,
                     boolean hasUsers, int existingCompanies, List<Team> teamPlaces) { }

    /** Where a team sits (teams.base_city, teams.region), in the order of {@code teams}. */
    record Team(String baseCity, String region) { }

    private record Member(UUID personId, String name, UUID teamId, boolean leader) { }

    static final String HOME_DIVISION = "410102";
    static final String[] STAGES = {"LEAD", "CONTACTED", "NEGOTIATING", "SIGNED", "REGISTERED", "STARTED", "OPERATING"};
    private static final String[] LADDER = {"TECH_SME", "HIGH_TECH", "GAZELLE", "LITTLE_GIANT", "UNICORN",
            "INDIVIDUAL_TO_COMPANY", "ABOVE_SCALE", "JOINT_STOCK", "LISTED"};
    private static final String[] KINDS = {"VISIT_OUT", "VISIT_OUT", "VISIT_OUT", "VISIT_IN", "CALL", "CALL", "MEETING",
            "INSPECTION", "EXPO"};

    private final DemoNames names;
    private final Random rnd;
    private final LocalDate today;
    private final OffsetDateTime now;
    private final Reference ref;
    /** For each city, the teams a company there belongs to: the city's own, else its region's, else any. */
    private final Map<String, int[]> teamsOfCity = new HashMap<>();
    /** Cities no team works in: a branch named after one of them does not contradict the company's team. */
    private final List<DemoNames.City> untendedCities = new ArrayList<>();
    private final Map<String, List<DemoNames.Stem>> stemsByIndustry = new HashMap<>();

    private final List<Object[]> people = new ArrayList<>();
    private final List<Object[]> memberships = new ArrayList<>();
    private final List<Object[]> users = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<String> otherPeople = new ArrayList<>();

    private long salt;
    private long sequence;
    private UUID[] companyIds = new UUID[0];
    private int[] companyStem;
    private byte[] companyTeam;
    private UUID[] projectIds = new UUID[0];
    private int[] projectCompany;
    private int[] projectStage;
    private LocalDate[][] projectDates;

    DemoRows(DemoNames names, long seed, LocalDate today, OffsetDateTime now, Reference ref) {
        this.names = names;
        // A second run on the same database must not repeat the first run's keys.
        this.rnd = new Random(seed ^ (ref.existingCompanies() * 0x9E3779B97F4A7C15L));
        this.today = today;
        this.now = now;
        this.ref = ref;
        for (DemoNames.City city : names.cities) {
            int[] own = teamsWhere(t -> t.baseCity().equals(city.prefix()));
            int[] region = city.region() == null ? new int[0] : teamsWhere(t -> city.region().equals(t.region()));
            int[] chosen = own.length > 0 ? own : region.length > 0 ? region : teamsWhere(t -> true);
            teamsOfCity.put(city.prefix(), chosen);
            if (own.length == 0 && region.length == 0) {
                untendedCities.add(city);
            }
        }
        names.stems.forEach(st -> stemsByIndustry.computeIfAbsent(st.industryCode(), k -> new ArrayList<>()).add(st));
    }

    private int[] teamsWhere(Predicate<Team> test) {
        return IntStream.range(0, ref.teams().size()).filter(i -> test.test(ref.teamPlaces().get(i)))
                .toArray();
    }

    /**
     * Keys shaped like the app's own (time-ordered, version 7; see {@code Ids}) but reproducible: the
     * run's time, a salt drawn from the seeded generator (a second run on the same database draws
     * another, even with a fixed clock), then a counter, so that rows go in at the end of every index.
     */
    private UUID uuid() {
        if (salt == 0) {
            salt = rnd.nextLong() | 1;
        }
        long hi = (now.toInstant().toEpochMilli() << 16) | 0x7000L | (salt & 0xFFFL);
        long lo = 0x8000000000000000L | ((salt >>> 12) & 0x3FFFFFFFL) << 32 | (sequence++ & 0xFFFFFFFFL);
        return new UUID(hi, lo);
    }

    /**
     * Every key this run makes lies between these two (same time, same salt, only the counter
     * differs), so an interrupted run is found again by its range: "first/last".
     */
    String keyRange() {
        if (salt == 0) {
            salt = rnd.nextLong() | 1;
        }
        long hi = (now.toInstant().toEpochMilli() << 16) | 0x7000L | (salt & 0xFFFL);
        long lo = 0x8000000000000000L | ((salt >>> 12) & 0x3FFFFFFFL) << 32;
        return new UUID(hi, lo) + "/" + new UUID(hi, lo | 0xFFFFFFFFL);
    }

    private Object[] row(UUID id, Object... values) {
        Object[] r = new Object[4 + values.length];
        r[0] = id;
        r[1] = now;
        r[2] = now;
        r[3] = 0;
        System.arraycopy(values, 0, r, 4, values.length);
        return r;
    }

    // People, teams, users

    void makePeople() {
        String mailDomain = "@zhongyuan.gov.cn";
        Set<String> usernames = new HashSet<>();
        for (UUID team : ref.teams()) {
            for (int i = 0; i < 7; i++) {
                UUID id = uuid();
                String name = names.personName(rnd);
                people.add(row(id, name, DemoNames.pick(ref.units(), rnd), i == 0 ? "招商小分队队长" : "招商专员",
                        mobile(), PinyinText.full(name) + mailDomain));
                boolean current = i < 6;
                LocalDate from = current ? today.withDayOfYear(1).minusMonths(rnd.nextInt(6)) : today.minusYears(2);
                memberships.add(row(uuid(), team, id, i == 0 ? "LEADER" : "MEMBER", from,
                        current ? null : today.minusYears(1)));
                if (current) {
                    members.add(new Member(id, name, team, i == 0));
                }
                if (!ref.hasUsers() && (i == 0 || i == 1)) {
                    users.add(row(uuid(), unique(PinyinText.full(name), usernames), name, i == 0 ? "TEAM_LEAD" : "RECRUITER", id));
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            UUID id = uuid();
            String name = names.personName(rnd);
            otherPeople.add(name);
            people.add(row(id, name, DemoNames.pick(ref.units(), rnd), i == 0 ? "局长" : "科长", mobile(),
                    PinyinText.full(name) + mailDomain));
            if (!ref.hasUsers() && i == 0) {
                users.add(row(uuid(), unique("juzhang", usernames), name, "MANAGER", id));
            }
        }
        if (!ref.hasUsers()) {
            users.add(0, row(uuid(), unique("admin", usernames), "管理员", "ADMIN", null));
        }
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    Iterator<Object[]> people() { return people.iterator(); }
    Iterator<Object[]> memberships() { return memberships.iterator(); }
    Iterator<Object[]> users() { return users.iterator(); }

    private Member memberOf(UUID team) {
        List<Member> ofTeam = members.stream().filter(m -> m.teamId().equals(team)).toList();
        return ofTeam.isEmpty() ? null : ofTeam.get(rnd.nextInt(ofTeam.size()));
    }

    // Companies and what hangs on them

    void makeCompanyIds(int n) {
        companyIds = new UUID[n];
        companyStem = new int[n];
        companyTeam = new byte[n];
        for (int i = 0; i < n; i++) {
            companyIds[i] = uuid();
        }
    }

    Iterator<Object[]> companies(Function<String, String> normalizer) {
        return generate(companyIds.length, i -> company(i, normalizer));
    }

    private Object[] company(int i, Function<String, String> normalizer) {
        int stemIndex = rnd.nextInt(names.stems.size());
        companyStem[i] = stemIndex;
        DemoNames.Stem stem = names.stems.get(stemIndex);
        boolean local = rnd.nextInt(100) < 8;
        DemoNames.City city = local ? names.cities.stream().filter(c -> c.prefix().equals("郑州")).findFirst()
                .orElse(names.cities.get(0)) : DemoNames.pick(names.cities, rnd);
        String brand = stem.stem();
        if (rnd.nextInt(100) < 35) {
            brand += DemoNames.pick(stemsByIndustry.get(stem.industryCode()), rnd).stem();
        }
        String branch = rnd.nextInt(100) < 6 && !untendedCities.isEmpty()
                ? "(" + DemoNames.pick(untendedCities, rnd).prefix() + ")" : "";
        String name = city.prefix() + brand + branch + names.suffix(stem.industryCode(), rnd);
        String division = local ? HOME_DIVISION : city.divisionCode();
        // The team that works the company's city (北京 → 北京驻地招商小分队), or one of its region (苏州 → 上海).
        int[] teams = teamsOfCity.get(city.prefix());
        int teamIndex = teams[rnd.nextInt(teams.length)];
        companyTeam[i] = (byte) teamIndex;
        UUID team = ref.teams().get(teamIndex);
        Member owner = rnd.nextInt(100) < 70 ? memberOf(team) : null;
        String channel = pickWeighted(new String[] {"RESIDENT_TEAM", "REFERRAL", "CHAIN_LEADER", "FUND", "EXPO", "AGENT",
                "WALK_IN", "OTHER"}, new int[] {40, 15, 10, 8, 12, 7, 5, 3});
        String status = local ? "LANDED" : pickWeighted(new String[] {"NEW", "FOLLOWING", "NEGOTIATING", "PAUSED",
                "ABANDONED"}, new int[] {35, 35, 15, 8, 7});
        BigDecimal capital = BigDecimal.valueOf(Math.pow(10, 1 + rnd.nextDouble() * 4.5)).setScale(2, RoundingMode.HALF_UP);
        return row(companyIds[i], uscc(division, ref.existingCompanies() + i), name, normalizer.apply(name), brand, names.personName(rnd), capital,
                LocalDate.of(1995 + rnd.nextInt(30), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), division,
                city.prefix() + names.phrase("road", rnd) + (1 + rnd.nextInt(300)) + "号", stem.industryCode(), local,
                rnd.nextInt(100) < 5, rnd.nextInt(100) < 3, rnd.nextInt(200) == 0, channel,
                channel.equals("FUND") ? names.phrase("fund", rnd) : null, status, team,
                owner == null ? null : owner.personId(), rnd.nextInt(101), null);
    }

    /** A valid USCC: 9 (industry and commerce), 1 (enterprise), division, a unique organisation code. */
    private static String uscc(String division, int index) {
        long scrambled = (index * 48_271L + 12_345L) % 100_000_000L;
        String body = String.format("%08d", scrambled);
        String org = body + orgCheck(body);
        String first17 = "91" + division + org;
        return first17 + Uscc.checkChar(first17);
    }

    /** GB 11714 check character of an organisation code's eight-character body. */
    private static char orgCheck(String body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * weights[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    Iterator<Object[]> contacts() {
        List<Object[]> pending = new ArrayList<>();
        return flat(companyIds.length, i -> {
            pending.clear();
            int count = 1 + rnd.nextInt(5);
            for (int k = 0; k < count; k++) {
                String name = names.personName(rnd);
                String surname = PinyinText.full(name.substring(0, 1));
                pending.add(row(uuid(), companyIds[i], name, DemoNames.pick(names.titles, rnd), mobile(),
                        rnd.nextInt(100) < 30 ? "0371-6" + digits(7) : null, surname + digits(4) + "@corp" + i + ".cn",
                        rnd.nextInt(100) < 40 ? "wx_" + surname + digits(5) : null, k == 0, names.phrase("consent", rnd)));
            }
            return pending;
        });
    }

    Iterator<Object[]> tags() {
        List<Object[]> pending = new ArrayList<>();
        return flat(companyIds.length, i -> {
            pending.clear();
            if (rnd.nextInt(100) < 20) {
                String first = names.phrase("tag", rnd);
                pending.add(new Object[] {companyIds[i], first});
                String second = names.phrase("tag", rnd);
                if (rnd.nextBoolean() && !second.equals(first)) {
                    pending.add(new Object[] {companyIds[i], second});
                }
            }
            return pending;
        });
    }

    Iterator<Object[]> ladders() {
        List<Object[]> pending = new ArrayList<>();
        return flat(companyIds.length, i -> {
            pending.clear();
            if (rnd.nextInt(100) < 15) {
                LocalDate certified = today.minusDays(rnd.nextInt(1500));
                pending.add(row(uuid(), companyIds[i], LADDER[rnd.nextInt(LADDER.length)], certified, certified.plusYears(3)));
            }
            return pending;
        });
    }

    Iterator<Object[]> chainLinks() {
        List<Object[]> pending = new ArrayList<>();
        return flat(companyIds.length, i -> {
            pending.clear();
            DemoNames.Stem stem = names.stems.get(companyStem[i]);
            UUID node = stem.node() == null ? null : ref.chainNodes().get(stem.chain() + "/" + stem.node());
            if (node != null) {
                pending.add(new Object[] {companyIds[i], node, rnd.nextInt(100) == 0});
            }
            return pending;
        });
    }

    Iterator<Object[]> claims() {
        List<Object[]> pending = new ArrayList<>();
        return flat(companyIds.length, i -> {
            pending.clear();
            if (rnd.nextInt(100) < 15) {
                UUID team = ref.teams().get(companyTeam[i]);
                Member who = memberOf(team);
                LocalDate claimed = today.minusDays(rnd.nextInt(150));
                pending.add(row(uuid(), companyIds[i], team, who == null ? null : who.personId(), claimed, claimed.plusDays(90)));
            }
            return pending;
        });
    }

    // Projects

    void makeProjects(int n) {
        projectIds = new UUID[n];
        projectCompany = new int[n];
        projectStage = new int[n];
        projectDates = new LocalDate[n][];
        for (int i = 0; i < n; i++) {
            projectIds[i] = uuid();
            projectCompany[i] = rnd.nextInt(companyIds.length);
        }
    }

    Iterator<Object[]> projects() {
        return generate(projectIds.length, this::project);
    }

    private Object[] project(int i) {
        // 0..6 = main stages, 7 = ON_HOLD, 8 = DROPPED
        int stage = pickIndex(new int[] {25, 18, 15, 12, 9, 8, 6, 4, 3});
        projectStage[i] = stage;
        int reached = stage <= 6 ? stage : rnd.nextInt(4);
        int steps = stage <= 6 ? reached + 1 : reached + 2;
        // Walked backwards from a recent current stage, a few weeks to months per step: with dates
        // drawn anywhere in the last 900 days most demo projects sat in their stage for years and the
        // board showed nearly every card overdue.
        LocalDate[] dates = new LocalDate[steps];
        dates[steps - 1] = today.minusDays(rnd.nextInt(120));
        for (int k = steps - 2; k >= 0; k--) {
            dates[k] = dates[k + 1].minusDays(15 + rnd.nextInt(120));
        }
        projectDates[i] = dates;
        int company = projectCompany[i];
        DemoNames.Stem stem = names.stems.get(companyStem[company]);
        UUID team = ref.teams().get(companyTeam[company]);
        Member owner = memberOf(team);
        BigDecimal planned = BigDecimal.valueOf(500 + rnd.nextInt(200_000)).setScale(2, RoundingMode.HALF_UP);
        boolean signed = reached >= 3;
        BigDecimal contract = signed ? planned.multiply(BigDecimal.valueOf(0.6 + rnd.nextDouble() * 0.6))
                .setScale(2, RoundingMode.HALF_UP) : null;
        String stageName = stage <= 6 ? STAGES[stage] : stage == 7 ? "ON_HOLD" : "DROPPED";
        boolean major = planned.compareTo(BigDecimal.valueOf(100_000)) > 0 || rnd.nextInt(100) < 5;
        return row(projectIds[i], stem.stem() + names.phrase("project_type", rnd),
                rnd.nextInt(100) < 3 ? "保密项目-" + String.format("%03d", i % 1000) : null, companyIds[company],
                stem.industryCode(), planned, contract, reached >= 4 ? DemoNames.pick(ref.carriers(), rnd) : null,
                DemoNames.pick(ref.units(), rnd), otherPeople.isEmpty() ? null : DemoNames.pick(otherPeople, rnd)
                        + names.phrase("leader", rnd), team, owner == null ? null : owner.personId(), major,
                pickWeighted(new String[] {"RESIDENT_TEAM", "REFERRAL", "CHAIN_LEADER", "FUND", "EXPO", "AGENT", "WALK_IN",
                        "OTHER"}, new int[] {40, 15, 10, 8, 12, 7, 5, 3}), stageName, dates[dates.length - 1], signed ? dates[3] : null,
                reached >= 4 ? dates[4] : null, reached >= 4 ? uscc(HOME_DIVISION, 50_000_000 + ref.existingCompanies() + i) : null,
                reached >= 5 ? dates[5] : null, reached >= 6 ? dates[6] : null,
                stage == 8 ? names.phrase("drop_reason", rnd) : null);
    }

    Iterator<Object[]> stageHistory() {
        List<Object[]> pending = new ArrayList<>();
        return flat(projectIds.length, i -> {
            pending.clear();
            LocalDate[] dates = projectDates[i];
            int stage = projectStage[i];
            String previous = null;
            for (int k = 0; k < dates.length; k++) {
                boolean side = stage > 6 && k == dates.length - 1;
                String to = side ? (stage == 7 ? "ON_HOLD" : "DROPPED") : STAGES[k];
                pending.add(row(uuid(), projectIds[i], previous, to, dates[k], "demo", side && stage == 8 ? "—" : null));
                previous = to;
            }
            return pending;
        });
    }

    Iterator<Object[]> funds() {
        List<Object[]> pending = new ArrayList<>();
        return flat(projectIds.length, i -> {
            pending.clear();
            int stage = projectStage[i];
            if (stage >= 4 && stage <= 6) {
                LocalDate from = projectDates[i][4];
                int parts = 1 + rnd.nextInt(3);
                for (int k = 0; k < parts; k++) {
                    long span = Math.max(1, today.toEpochDay() - from.toEpochDay());
                    pending.add(row(uuid(), projectIds[i], from.plusDays(rnd.nextLong(span)),
                            BigDecimal.valueOf(100 + rnd.nextInt(20_000)).setScale(2, RoundingMode.HALF_UP), null));
                }
            }
            return pending;
        });
    }

    Iterator<Object[]> projectChainLinks() {
        List<Object[]> pending = new ArrayList<>();
        return flat(projectIds.length, i -> {
            pending.clear();
            DemoNames.Stem stem = names.stems.get(companyStem[projectCompany[i]]);
            UUID node = stem.node() == null ? null : ref.chainNodes().get(stem.chain() + "/" + stem.node());
            if (node != null) {
                pending.add(new Object[] {projectIds[i], node});
            }
            return pending;
        });
    }

    // Visits and tasks

    Iterator<Object[]> visits(int n) {
        return generate(n, i -> {
            int company = rnd.nextInt(companyIds.length);
            UUID team = ref.teams().get(companyTeam[company]);
            Member who = memberOf(team);
            LocalDate on = today.minusDays(rnd.nextInt(720));
            boolean next = rnd.nextInt(100) < 30;
            // Credited to the company's team (decision 0041): the visit has no project.
            return row(uuid(), companyIds[company], null, on, KINDS[rnd.nextInt(KINDS.length)],
                    who == null ? null : who.name(), names.personName(rnd), names.phrase("visit_summary", rnd),
                    next ? names.phrase("next_step", rnd) : null, next ? on.plusDays(7 + rnd.nextInt(24)) : null,
                    who == null ? "demo" : who.name(), team, null);
        });
    }

    /**
     * This year's targets for every team (year, quarters, months, evenly split), scaled to the size of
     * the library so that the dashboard's progress against target means something in a demo.
     */
    List<Object[]> targets() {
        int teams = Math.max(1, ref.teams().size());
        long signed = Math.max(3, projectIds.length / teams / 3);
        long[] perIndicator = {signed, signed * 90_000, Math.max(2, signed * 3 / 5), signed * 12_000,
            Math.max(2, signed / 2), Math.max(12, companyIds.length / teams / 2)};
        String[] indicators = {"SIGNED_PROJECTS", "CONTRACT_AMOUNT", "REGISTERED_COMPANIES", "FUNDS_IN_PLACE",
            "STARTED_PROJECTS", "VISITS"};
        List<Object[]> rows = new ArrayList<>();
        for (UUID team : ref.teams()) {
            for (int k = 0; k < indicators.length; k++) {
                BigDecimal year = BigDecimal.valueOf(perIndicator[k]);
                rows.add(row(uuid(), today.getYear(), "TEAM", team, indicators[k], "YEAR", 1, year));
                addSplit(rows, team, indicators[k], "QUARTER", year, 4);
                addSplit(rows, team, indicators[k], "MONTH", year, 12);
            }
        }
        return rows;
    }

    private void addSplit(List<Object[]> rows, UUID team, String indicator, String kind, BigDecimal year, int parts) {
        BigDecimal part = year.divide(BigDecimal.valueOf(parts), 4, RoundingMode.DOWN);
        for (int no = 1; no <= parts; no++) {
            BigDecimal amount = no < parts ? part : year.subtract(part.multiply(BigDecimal.valueOf(parts - 1)));
            rows.add(row(uuid(), today.getYear(), "TEAM", team, indicator, kind, no, amount));
        }
    }

    Iterator<Object[]> tasks(int n) {
        return generate(n, i -> {
            boolean onProject = projectIds.length > 0 && rnd.nextBoolean();
            int project = onProject ? rnd.nextInt(projectIds.length) : -1;
            int company = onProject ? projectCompany[project] : rnd.nextInt(companyIds.length);
            UUID team = ref.teams().get(companyTeam[company]);
            Member who = memberOf(team);
            LocalDate due = today.plusDays(rnd.nextInt(121) - 60);
            String status;
            if (due.isBefore(today)) {
                status = pickWeighted(new String[] {"DONE", "CANCELLED", "OPEN", "IN_PROGRESS"}, new int[] {60, 10, 20, 10});
            } else {
                status = rnd.nextBoolean() ? "OPEN" : "IN_PROGRESS";
            }
            boolean supervised = rnd.nextInt(100) < 10;
            return row(uuid(), names.phrase("task_title", rnd), null, companyIds[company],
                    onProject ? projectIds[project] : null, who == null ? null : who.personId(), team, due,
                    pickWeighted(new String[] {"LOW", "NORMAL", "HIGH", "URGENT"}, new int[] {15, 55, 22, 8}), status,
                    supervised ? "MEETING" : "MANUAL", supervised ? (rnd.nextBoolean() ? "DISTRICT" : "BUREAU") : null,
                    supervised ? 14 : null, status.equals("DONE") ? due.minusDays(rnd.nextInt(5)) : null);
        });
    }

    // Helpers

    private String mobile() {
        return "1" + "35789".charAt(rnd.nextInt(5)) + digits(9);
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + rnd.nextInt(10)));
        }
        return s.toString();
    }

    private String pickWeighted(String[] values, int[] weights) {
        return values[pickIndex(weights)];
    }

    private int pickIndex(int[] weights) {
        int total = Arrays.stream(weights).sum();
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static Iterator<Object[]> generate(int n, IntFunction<Object[]> make) {
        return new Iterator<>() {
            private int next;
            @Override public boolean hasNext() { return next < n; }
            @Override public Object[] next() { return make.apply(next++); }
        };
    }

    /** Rows from several per index (zero or more each), lazily. */
    private static Iterator<Object[]> flat(int n, IntFunction<List<Object[]>> make) {
        return new Iterator<>() {
            private int index;
            private Iterator<Object[]> current = List.<Object[]>of().iterator();
            @Override public boolean hasNext() {
                while (!current.hasNext() && index < n) {
                    current = new ArrayList<>(make.apply(index++)).iterator();
                }
                return current.hasNext();
            }
            @Override public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
