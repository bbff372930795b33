package cn.zhaoshang.desk.demo;

import cn.zhaoshang.desk.backup.BackupService;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.common.db.WriteRuns;
import cn.zhaoshang.desk.demo.db.DemoDataWriter;
import cn.zhaoshang.desk.demo.db.DemoSweep;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.Permission;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Generates a believable dataset at any size, reproducible by seed: people and teams with rotation,
 * users for every role, companies with contacts, tags, ladder tiers, chain links and claims,
 * projects in every stage with their history and funds, visits and tasks. Written as one
 * {@link WriteRuns run}: a cancel, an error or a crash takes back everything it wrote.
 */
public final class DemoDataService {
    private final Database database;
    private final BackupService backups;
    private final BulkInserter bulk;
    private final AuditLog audit;
    private final ReferenceDataService referenceData;
    private final Clock clock;
    private final WriteRuns writeRuns;
    private final AccessPolicy access;

    public DemoDataService(Database database, BulkInserter bulk, AuditLog audit, ReferenceDataService referenceData,
                           Clock clock, WriteRuns writeRuns, AccessPolicy access, BackupService backups) {
        this.database = database;
        this.backups = backups;
        this.writeRuns = writeRuns;
        this.access = access;
        writeRuns.register(WriteRuns.Kind.DEMO_DATA, run -> DemoSweep.sweep(database, run.detail()));
        this.bulk = bulk;
        this.audit = audit;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /**
     * Fills the database with generated records. Into a database with data only an administrator may;
     * a fresh one (no companies, no users) holds nothing to protect, so anyone at the computer may fill
     * it — the first start offers it before anybody exists to sign in — and that runs as the system.
     */
    public DemoCounts generate(int companies, long seed, Progress progress) {
        if (isEmpty()) {
            return access.session().asSystem(() -> write(companies, seed, progress));
        }
        access.require(Permission.GENERATE_DEMO_DATA);
        if (!hasDemoData()) {
            // Real data: as before an import, if a kill damages the file midway, the copy from just before is
            // the way back. A demo database holds nothing to protect (and the benchmark fills one in slices).
            backups.backupBeforeWork(BackupService.Reason.DEMO_DATA);
        }
        return write(companies, seed, progress);
    }

    private DemoCounts write(int companies, long seed, Progress progress) {
        referenceData.ensureLoaded();
        DemoNames names = new DemoNames();
        LocalDate today = LocalDate.now(clock);
        DemoDataWriter writer = new DemoDataWriter(database, bulk, audit, names, seed, today, progress);
        String keyRange = writer.prepare();
        return writeRuns.run(WriteRuns.Kind.DEMO_DATA, Ids.next(), keyRange, () -> writer.writeAll(companies),
                counts -> audit.recordBulk(AuditLog.Action.IMPORT, "company", "demo-data: " + companies, null));
    }

    /** A demo database (demo data was generated in it) may stay unencrypted (decision 0144). */
    public boolean hasDemoData() {
        return DemoDataWriter.hasDemoData(database);
    }

    /** True when the database holds no companies and no users yet: the first start then offers demo data. */
    public boolean isEmpty() {
        return access.session().duringSignIn(() -> DemoDataWriter.isFresh(database));
    }
}
