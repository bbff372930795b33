package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.text.Uscc;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files for import tests, written the way offices produce them. */
final class ExchangeFiles {
    private ExchangeFiles() {
    }

    /** A valid credit code numbered n (organisation part from n, check character computed). */
    static String uscc(int n) {
        String first17 = "91410100" + String.format("%09d", n);
        return first17 + Uscc.checkChar(first17);
    }

    /** The same code with a wrong check character. */
    static String badUscc(int n) {
        String good = uscc(n);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        return good.substring(0, 17) + wrong;
    }

    static Path text(Path file, Charset charset, boolean bom, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(content.getBytes(charset));
        }
        return file;
    }

    static Path utf8(Path file, String content) throws IOException {
        return text(file, StandardCharsets.UTF_8, false, content);
    }

    /** An .xlsx whose cells are strings, numbers (Double/Integer) or null. */
    static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("yyyy-mm-dd").set();
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    /** A company CSV of n generated rows (valid), UTF-8. */
    static Path companies(Path file, int n, int firstNumber) throws IOException {
        StringBuilder s = new StringBuilder("统一社会信用代码,企业名称,法定代表人,注册资本(万元),成立日期\n");
        for (int i = 0; i < n; i++) {
            int k = firstNumber + i;
            s.append(uscc(k)).append(",测试").append(k).append("科技有限公司,张").append(k % 100)
                    .append(',').append(100 + k % 900).append(",2020-01-").append(String.format("%02d", 1 + k % 28))
                    .append('\n');
        }
        return utf8(file, s.toString());
    }
}
