package cn.zhaoshang.desk.exchange.rows;

import cn.zhaoshang.desk.common.text.TextNormalizer;
import java.util.regex.Pattern;

/**
 * Rows that are not records: totals (合计, 小计, 总计, with =SUM under the amounts) and notes below a
 * table ("注：…", "数据来源：…", "制表：…"). They are recognised by the first filled cell, which for a
 * record is a number (序号), a name or a code, never one of these words.
 */
final class NoteRows {
    private static final Pattern TOTAL = Pattern.compile("(合计|小计|总计|共计|总合计|累计)([:：(（\\d\\s].*)?");
    private static final Pattern NOTE = Pattern.compile("(注|备注|说明|填表说明|数据来源|来源|制表|制表人|填报人|审核人|"
            + "导出时间|导出日期|统计时间|统计截止|负责人)\\s*[:：].*|注\\s*\\d+[.、:：].*");

    private NoteRows() {
    }

    /** True for a totals or notes row. */
    static boolean isNote(String[] cells) {
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String first = TextNormalizer.foldWidth(cell).strip().replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", "");
            return TOTAL.matcher(first).matches() || NOTE.matcher(first).matches();
        }
        return false;
    }
}
