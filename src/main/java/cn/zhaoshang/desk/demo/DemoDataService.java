package cn.zhaoshang.desk.demo;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.demo.db.DemoDataWriter;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Generates a believable dataset at any size, reproducible by seed: people and teams with rotation,
 * users for every role, companies with contacts, tags, ladder tiers, chain links and claims,
 * projects in every stage with their history and funds, visits and tasks. All in one transaction,
 * so a cancel leaves the database as it was.
 */
public final class DemoDataService {
    private final Database database;
    private final BulkInserter bulk;
    private final AuditLog audit;
    private final ReferenceDataService referenceData;
    private final Clock clock;

    public DemoDataService(Database database, BulkInserter bulk, AuditLog audit, ReferenceDataService referenceData,
                           Clock clock) {
        this.database = database;
        this.bulk = bulk;
        this.audit = audit;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    public DemoCounts generate(int companies, long seed, Progress progress) {
        referenceData.ensureLoaded();
        DemoNames names = new DemoNames();
        LocalDate today = LocalDate.now(clock);
        return database.transaction(() -> {
            DemoDataWriter writer = new DemoDataWriter(database, bulk, audit, names, seed, today, progress);
            DemoCounts counts = writer.writeAll(companies);
            audit.recordBulk(AuditLog.Action.IMPORT, "company", "demo-data: " + companies, null);
            return counts;
        });
    }

    /** True when the database holds no companies yet: the app then offers demo data. */
    public boolean isEmpty() {
        return DemoDataWriter.companyCount(database) == 0;
    }
}
