package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.exchange.db.ContactListRepository;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * By-hand measurement (not a test): import of N generated companies through the importer vs H2's
 * CSVREAD into the same table and indexes, in the same JVM; then export of the contacts through the
 * exporter vs fastexcel alone on the same rows. Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) cn.zhaoshang.desk.exchange.ExchangeMeasurement 100000 /tmp/m}
 */
public final class ExchangeMeasurement {
    private ExchangeMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        Path csv = work.resolve("companies-" + n + ".csv");
        long t0 = System.nanoTime();
        generate(csv, n);
        System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", n, Files.size(csv) >> 20, secs(t0));

        Path a = work.resolve("csvread-" + System.nanoTime());
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(a), a)) {
            long t = System.nanoTime();
            s.database().dsl().execute("insert into company (id, created_at, updated_at, version, uscc, name, "
                    + "normalized_name, legal_rep, registered_capital, founded_on, industry_code, division_code, address, "
                    + "pursuit_status) select random_uuid(), current_timestamp, current_timestamp, 0, \"统一社会信用代码\", "
                    + "\"企业名称\", \"企业名称\", \"法定代表人\", \"注册资本\", \"成立日期\", \"所属行业\", \"所在地区\", \"地址\", 'NEW' "
                    + "from csvread('" + csv + "', null, 'charset=UTF-8')");
            System.out.printf("CSVREAD insert: %.1f s (%,d rows)%n", secs(t), s.databaseInfo().count("company"));
        }

        Path b = work.resolve("importer-" + System.nanoTime());
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(b), b)) {
            long[] indexing = {0};
            long t = System.nanoTime();
            ImportSummary summary = s.imports().run(new ImportRequest(csv, ImportEntity.COMPANIES, null,
                    DuplicatePolicy.SKIP, s.messages()), new Progress() {
                @Override public void update(long done, long total) { }
                @Override public void step(String key, Object... a2) {
                    if (key.equals("exchange.step.indexing")) {
                        indexing[0] = System.nanoTime();
                    }
                }
                @Override public boolean isCancelled() { return false; }
            });
            long end = System.nanoTime();
            System.out.printf("importer: %.1f s in all (%.1f s to commit, %.1f s search feed) %s%n", secs(t),
                    (indexing[0] - t) / 1e9, (end - indexing[0]) / 1e9, summary.countsLine());

            Path contacts = work.resolve("contacts-" + n + ".csv");
            generateContacts(contacts, n);
            long c = System.nanoTime();
            ImportSummary people = s.imports().run(new ImportRequest(contacts, ImportEntity.CONTACTS, null,
                    DuplicatePolicy.SKIP, s.messages()), Progress.NONE);
            System.out.printf("contacts importer: %.1f s %s%n", secs(c), people.countsLine());
            Path xlsx = work.resolve("export.xlsx");
            for (int run = 0; run < 3; run++) {
                long e = System.nanoTime();
                ExportResult result = s.exports().exportContacts(new ExportRequest(xlsx, ExportFormat.XLSX,
                        ContactFilter.ALL, List.of(), false, s.messages()), Progress.NONE);
                double exporter = secs(e);
                List<ContactListRow> rows = new ArrayList<>();
                s.exports().count(ContactFilter.ALL);
                new ContactListRepository(s.database()).forEach(ContactFilter.ALL, null, rows::add);
                long w = System.nanoTime();
                bare(work.resolve("bare.xlsx"), rows);
                double writer = secs(w);
                System.out.printf("export %,d contacts: exporter %.2f s, fastexcel alone %.2f s, ratio %.2f%n",
                        result.rows(), exporter, writer, exporter / writer);
            }
        }
    }

    private static void bare(Path file, List<ContactListRow> rows) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "bare", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            int r = 0;
            for (ContactListRow c : rows) {
                ws.value(r, 0, c.company());
                ws.value(r, 1, c.uscc());
                ws.value(r, 2, c.name());
                ws.value(r, 3, c.title());
                ws.value(r, 4, c.mobile());
                ws.value(r, 5, c.phone());
                ws.value(r, 6, c.email());
                ws.value(r, 7, c.wechat());
                ws.value(r, 8, c.primary() ? "是" : "否");
                if (++r % 2000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** One contact per company, linked by credit code. */
    static void generateContacts(Path file, int n) throws Exception {
        String[] divisions = {"110105", "310101", "440305", "410102", "330106"};
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("统一社会信用代码,姓名,职务,手机,邮箱\n");
            for (int i = 0; i < n; i++) {
                String first17 = "91" + divisions[i % divisions.length] + String.format("%09d", i);
                out.write(first17 + Uscc.checkChar(first17) + ",王" + (char) ('芳' + i % 20) + ",总经理,13"
                        + String.format("%09d", i) + ",c" + i + "@corp.cn\n");
            }
        }
    }

    /** Companies: Chinese names from syllables and suffixes, valid codes. */
    static void generate(Path file, int n) throws Exception {
        Random rnd = new Random(42);
        String[] cities = {"北京", "上海", "深圳", "广州", "杭州", "郑州", "武汉", "成都"};
        String[] stems = {"华润", "中原", "星河", "云图", "启衡", "博研", "睿智", "格物", "天成", "鼎新", "智造", "恒信"};
        String[] suffixes = {"科技有限公司", "技术有限公司", "信息技术有限公司", "新能源有限公司", "股份有限公司"};
        String[] industries = {"65", "64", "73", "C", "38", "35"};
        String[] divisions = {"110105", "310101", "440305", "410102", "330106"};
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("统一社会信用代码,企业名称,法定代表人,注册资本,成立日期,所属行业,所在地区,地址\n");
            for (int i = 0; i < n; i++) {
                String first17 = "91" + divisions[i % divisions.length] + String.format("%09d", i);
                String name = cities[rnd.nextInt(cities.length)] + stems[rnd.nextInt(stems.length)]
                        + stems[rnd.nextInt(stems.length)] + i + suffixes[rnd.nextInt(suffixes.length)];
                out.write(first17 + Uscc.checkChar(first17) + "," + name + ",张" + (char) ('伟' + rnd.nextInt(20)) + ","
                        + (10 + rnd.nextInt(100_000)) + "," + (1995 + rnd.nextInt(30)) + "-0" + (1 + rnd.nextInt(9)) + "-1"
                        + rnd.nextInt(9) + "," + industries[rnd.nextInt(industries.length)] + ","
                        + divisions[i % divisions.length] + "," + cities[i % cities.length] + "市某路" + (i % 999) + "号\n");
            }
        }
    }
}
