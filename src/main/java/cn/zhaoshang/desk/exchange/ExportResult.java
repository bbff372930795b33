package cn.zhaoshang.desk.exchange;

import java.nio.file.Path;

/** What an export wrote. */
public record ExportResult(Path file, long rows, boolean masked) {
}
