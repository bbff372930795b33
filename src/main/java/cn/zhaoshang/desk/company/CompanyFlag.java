package cn.zhaoshang.desk.company;

/** Yes/no marks of a company that lists filter on: 已落地本区, 专精特新, 上市, 500强. */
public enum CompanyFlag {
    LOCATED_IN_DISTRICT, SPECIALIZED, LISTED, FORTUNE500
}
