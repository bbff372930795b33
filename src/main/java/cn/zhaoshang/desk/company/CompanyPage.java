package cn.zhaoshang.desk.company;

import java.util.List;

/** One page of the list; {@code next} is null when there are no more rows. */
public record CompanyPage(List<CompanyRow> rows, PageKey next) {
}
