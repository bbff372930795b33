package cn.zhaoshang.desk.search;

import java.util.UUID;

/**
 * What a full build is fed: companies, and contact names by company id. Contacts may come after all
 * companies (read table by table, in the tables' own order) or right after their company.
 */
public interface RebuildSink {
    void company(UUID id, String uscc, String name, String shortName);

    /** A contact's name; ignored when its company was not fed (it is deleted). */
    void contact(UUID companyId, String name);
}
