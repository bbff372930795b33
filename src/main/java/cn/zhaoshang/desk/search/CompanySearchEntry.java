package cn.zhaoshang.desk.search;

import java.util.List;
import java.util.UUID;

/** What the search index knows of one company. */
public record CompanySearchEntry(UUID companyId, String uscc, String name, String shortName, List<String> contactNames) {
}
