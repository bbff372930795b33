package cn.zhaoshang.desk.exchange;

import static cn.zhaoshang.desk.exchange.ExchangeFiles.badUscc;
import static cn.zhaoshang.desk.exchange.ExchangeFiles.uscc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files shaped like the ones offices have on day one (DOMAIN.md): a registry service's company export
 * (two title rows in merged cells, 19 columns, a footer with the count and a note, "-" for empty,
 * capital as "5000万人民币", several phones and addresses in a cell, place in three columns), a
 * project ledger (title, 填报单位 row, units in headers, everyday stage words, a 合计 row with =SUM)
 * and a visit ledger. Written as .xlsx with POI (formulas evaluated and cached as Excel does), and as
 * CSV the way Excel and WPS save them: GBK, or "CSV UTF-8" with a byte-order mark.
 */
public final class OfficeFiles {
    public static final List<String> REGISTRY_HEADERS = List.of("序号", "企业名称", "登记状态", "法定代表人", "注册资本", "实缴资本",
            "成立日期", "统一社会信用代码", "所属省份", "所属城市", "所属区县", "电话", "更多电话", "邮箱", "所属行业",
            "企业类型", "参保人数", "企业地址", "经营范围");
    public static final List<String> CAPITALS = List.of("5000万人民币", "100万元人民币", "1.2亿元人民币", "500万(元)", "1000万美元",
            "300万港元", "-", "50万元人民币");
    public static final List<String> STATUSES = List.of("存续", "在业", "存续（在营、开业、在册）", "注销", "吊销，未注销", "迁出");
    public static final List<List<String>> PLACES = List.of(List.of("河南省", "郑州市", "中原区"), List.of("北京市", "北京市", "朝阳区"),
            List.of("吉林省", "长春市", "朝阳区"), List.of("广东省", "深圳市", "南山区"), List.of("上海市", "上海市", "浦东新区"),
            List.of("河南省", "郑州市", "金水区"));
    public static final List<String> PHONES = List.of("0371-67881234", "13812345678", "(0371)67881234", "+86-138-0013-8000",
            "138 0013 8000", "-", "0371-6788 1234 转 8001", "13912345678（微信同号）");
    public static final List<String> INDUSTRIES = List.of("软件和信息技术服务业", "科技推广和应用服务业", "批发业", "研究和试验发展",
            "专用设备制造业", "商务服务业");

    /** Rows of the registry export whose credit code is wrong, and why (by 1-based row number). */
    static final int BAD_CHECKSUM = 52;
    static final int EXCEL_NUMBER = 77;
    static final int NO_NAME = 120;
    static final int UNREADABLE_PHONE = 33;
    static final int UNKNOWN_INDUSTRY = 44;

    private OfficeFiles() {
    }

    /** The cells of the registry export's data row n (1-based): 19 texts as the service writes them. */
    public static List<String> registryRow(int n, boolean csv) {
        String code = n % 25 == 0 ? "-" : n == BAD_CHECKSUM ? badUscc(n) : n == EXCEL_NUMBER ? (csv ? "1.24101E+17" : null)
                : uscc(n);
        String name = n == NO_NAME ? "-" : n == 1 ? "华润新能源（北京）有限公司" : "中原测试" + n + "科技有限公司";
        List<String> place = PLACES.get(n % PLACES.size());
        String phone = n == UNREADABLE_PHONE ? "待补充" : PHONES.get(n % PHONES.size());
        return Arrays.asList(String.valueOf(n), name, STATUSES.get(n % STATUSES.size()), "法人" + n,
                CAPITALS.get(n % CAPITALS.size()), n % 3 == 0 ? "100万人民币" : "-",
                LocalDate.of(2010 + n % 12, 1 + n % 12, 1 + n % 28).toString(), code, place.get(0), place.get(1),
                place.get(2), phone, n % 4 == 0 ? "010-12345678;13800138000" : "-",
                n % 5 == 0 ? "a" + n + "@x.com;b" + n + "@y.com" : "-",
                n == UNKNOWN_INDUSTRY ? "宇宙开发" : INDUSTRIES.get(n % INDUSTRIES.size()),
                n % 2 == 0 ? "有限责任公司（自然人投资或控股）" : "股份有限公司（非上市、自然人投资或控股）",
                n % 7 == 0 ? "-" : String.valueOf(n % 90), "河南省郑州市中原区建设路" + n + "号",
                "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；"
                        + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）");
    }

    /** How many of {@code rows} have a name and a valid or empty code: what an import must bring in. */
    public static int importableRegistryRows(int rows) {
        int n = 0;
        for (int i = 1; i <= rows; i++) {
            if (i != BAD_CHECKSUM && i != EXCEL_NUMBER && i != NO_NAME) {
                n++;
            }
        }
        return n;
    }

    /** The registry export as .xlsx: merged title rows, dates as date cells, the damaged code as a number. */
    public static Path registryXlsx(Path file, int rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("企业列表");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            title(sheet, 0, "企业列表 导出时间：2026-06-10 09:12:31", REGISTRY_HEADERS.size());
            title(sheet, 1, "数据来源：企查查（公开数据整理，仅供参考）", REGISTRY_HEADERS.size());
            texts(sheet.createRow(2), REGISTRY_HEADERS);
            for (int n = 1; n <= rows; n++) {
                Row row = sheet.createRow(2 + n);
                List<String> cells = registryRow(n, false);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == 0) {
                        cell.setCellValue(n);
                    } else if (c == 6) {
                        cell.setCellValue(LocalDate.parse(cells.get(c)));
                        cell.setCellStyle(date);
                    } else if (c == 7 && cells.get(c) == null) {
                        cell.setCellValue(1.24101E17);
                    } else {
                        cell.setCellValue(cells.get(c));
                    }
                }
            }
            title(sheet, rows + 3, "合计：" + rows + " 家企业", REGISTRY_HEADERS.size());
            title(sheet, rows + 4, "注：以上数据来自公开渠道，仅供参考。", REGISTRY_HEADERS.size());
            save(wb, file);
        }
        return file;
    }

    /** The registry export as Excel or WPS saves it as CSV: title and footer rows padded with commas. */
    public static Path registryCsv(Path file, int rows, Charset charset, boolean bom) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        lines.add(padded("企业列表 导出时间：2026-06-10 09:12:31"));
        lines.add(padded("数据来源：企查查（公开数据整理，仅供参考）"));
        lines.add(REGISTRY_HEADERS);
        for (int n = 1; n <= rows; n++) {
            lines.add(registryRow(n, true));
        }
        lines.add(padded("合计：" + rows + " 家企业"));
        lines.add(padded("注：以上数据来自公开渠道，仅供参考。"));
        return csv(file, lines, charset, bom);
    }

    private static List<String> padded(String first) {
        List<String> row = new ArrayList<>(List.of(first));
        while (row.size() < REGISTRY_HEADERS.size()) {
            row.add("");
        }
        return row;
    }

    public static final List<String> LEDGER_HEADERS = List.of("序号", "项目名称", "投资方", "统一社会信用代码", "所属行业",
            "投资额(亿元)", "合同金额（万元）", "项目阶段", "签约时间", "本地企业信用代码", "落地时间", "开工时间", "投产时间",
            "责任单位", "包联领导", "原因", "备注");

    /**
     * A project ledger (项目台账) with the everyday stage words, amounts in the units its headers name,
     * a 合计 row summing them (=SUM, cached) and a note under it.
     */
    public static List<List<Object>> ledgerRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(1, "华润新能源总部项目", "华润新能源（北京）有限公司", uscc(1), "科技推广和应用服务业", 30, 150000,
                "已签约", LocalDate.of(2026, 3, 18), null, null, null, null, "区商务局", "王副区长", null, "合同已签"));
        rows.add(Arrays.asList(2, "智造产业园二期", "中原测试2科技有限公司", uscc(2), "专用设备制造业", 1, null, "在谈", null,
                null, null, null, null, "区工信局", "李副区长", null, null));
        rows.add(Arrays.asList(3, "数据中心", "中原测试3科技有限公司", uscc(3), "软件和信息技术服务业", "2.5亿元", 8000, "在建",
                LocalDate.of(2025, 9, 1), uscc(303), LocalDate.of(2025, 10, 20), LocalDate.of(2026, 1, 5), null, "区发改委",
                "王副区长、李副区长", null, null));
        rows.add(Arrays.asList(4, "研发中心", "中原测试4科技有限公司", uscc(4), "研究和试验发展", 0.5, 3000, "竣工投产",
                LocalDate.of(2024, 5, 6), uscc(304), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 1),
                LocalDate.of(2025, 12, 1), "区科技局", "张副区长", null, null));
        rows.add(Arrays.asList(5, "储备项目甲", null, null, null, 0.2, null, "储备", null, null, null, null, null, "区商务局",
                null, null, null));
        rows.add(Arrays.asList(6, "暂停项目乙", "中原测试6科技有限公司", uscc(6), null, 3, null, "暂停", null, null, null, null,
                null, "区商务局", null, "企业资金链调整", null));
        rows.add(Arrays.asList(7, "签约缺金额项目", "中原测试7科技有限公司", uscc(7), null, 1, null, "已签约",
                LocalDate.of(2026, 2, 1), null, null, null, null, "区商务局", null, null, null));
        rows.add(Arrays.asList(8, "注册早于签约项目", "中原测试8科技有限公司", uscc(8), null, 1, 500, "落地",
                LocalDate.of(2026, 2, 1), uscc(308), LocalDate.of(2026, 1, 1), null, null, "区商务局", null, null, null));
        return rows;
    }

    public static Path ledgerXlsx(Path file) throws IOException {
        List<List<Object>> rows = ledgerRows();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("项目台账");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            title(sheet, 0, "2026年上半年中原区重点招商项目台账", LEDGER_HEADERS.size());
            Row unit = sheet.createRow(1);
            unit.createCell(0).setCellValue("填报单位：中原区商务局");
            unit.createCell(12).setCellValue("填报日期：2026年6月10日");
            texts(sheet.createRow(2), LEDGER_HEADERS);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(3 + r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            Row total = sheet.createRow(3 + rows.size());
            total.createCell(0).setCellValue("合计");
            sheet.addMergedRegion(new CellRangeAddress(total.getRowNum(), total.getRowNum(), 0, 4));
            int last = 3 + rows.size();
            total.createCell(5).setCellFormula("SUM(F4:F" + last + ")");
            total.createCell(6).setCellFormula("SUM(G4:G" + last + ")");
            title(sheet, last + 1, "注：投资额单位为亿元，合同金额单位为万元。", LEDGER_HEADERS.size());
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(wb, file);
        }
        return file;
    }

    public static final List<String> VISIT_HEADERS = List.of("序号", "走访日期", "走访企业", "统一社会信用代码", "走访方式", "走访单位",
            "走访人员", "企业接待人", "走访情况", "企业诉求", "下一步工作");

    /** A team's visit ledger (走访台账) as GBK CSV with a title row and the everyday words for kinds. */
    public static Path visitLedgerCsv(Path file) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("北京驻地招商小分队走访台账（2026年5月）", "", "", "", "", "", "", "", "", "", ""));
        lines.add(VISIT_HEADERS);
        lines.add(List.of("1", "2026/5/6", "中原测试2科技有限公司", uscc(2), "上门拜访", "北京驻地招商小分队", "张三、李四",
                "王总", "介绍中原区产业政策，企业有意设立华中区域总部", "希望协调办公用房约2000平方米", "寄送载体资料"));
        lines.add(List.of("2", "2026/5/8", "中原测试3科技有限公司", uscc(3), "座谈会", "区商务局", "张三", "李总",
                "座谈数据中心项目进展", "", ""));
        lines.add(List.of("3", "2026/5/9", "中原测试4科技有限公司", "", "视频会议", "北京驻地招商小分队", "李四", "赵经理",
                "视频沟通研发中心二期", "", ""));
        lines.add(List.of("4", "2026/5/12", "中原测试2科技有限公司", uscc(2), "微信沟通", "北京驻地招商小分队", "张三", "王总",
                "确认考察行程", "", ""));
        lines.add(List.of("5", "2026/5/13", "中原测试3科技有限公司", uscc(3), "电话沟通", "北京驻地招商小分队", "张三", "",
                "电话了解用地需求", "用地指标", ""));
        lines.add(List.of("6", "2026/5/15", "不存在的企业有限公司", "", "企业来访", "北京驻地招商小分队", "张三", "", "来访", "",
                ""));
        lines.add(List.of("合计", "", "", "", "", "", "", "", "共走访 5 家次", "", ""));
        return csv(file, lines, gbk(), false);
    }

    private static void title(Sheet sheet, int r, String text, int width) {
        sheet.createRow(r).createCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
    }

    private static void texts(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    public static Path csv(Path file, List<List<String>> lines, Charset charset, boolean bom) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            StringBuilder text = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.EXCEL)) {
                for (List<String> line : lines) {
                    printer.printRecord(line);
                }
            }
            out.write(text.toString().getBytes(charset));
        }
        return file;
    }

    /** What Excel and WPS on Chinese Windows write for "CSV". */
    public static Charset gbk() {
        return Charset.forName("GBK");
    }

    public static Charset utf8() {
        return StandardCharsets.UTF_8;
    }
}
