package cn.zhaoshang.desk.common.office;

/**
 * Fonts of documents that leaders print, after the usage of official documents (GB/T 9704): body in
 * 仿宋, headings in 黑体, the title in 宋体 bold (方正小标宋 is rarely installed), Latin text and digits in
 * Times New Roman. Every Chinese Windows, WPS and macOS office suite has them, and a reader without them
 * substitutes its own CJK font. The app's bundled CJK font (文泉驿微米黑) is the fallback for what the app
 * draws itself (the map's PNG); it is not embedded in documents (decision 0131).
 */
public record DocumentFonts(String body, String heading, String title, String latin) {
    public static final DocumentFonts OFFICIAL = new DocumentFonts("仿宋", "黑体", "宋体", "Times New Roman");
}
