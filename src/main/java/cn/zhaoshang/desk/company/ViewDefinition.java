package cn.zhaoshang.desk.company;

import java.util.List;

/** What a saved view remembers: the filter, the visible columns in order, and the sort. */
public record ViewDefinition(CompanyFilter filter, List<CompanyColumn> columns, CompanySort sort) {
    public static final ViewDefinition DEFAULT = new ViewDefinition(CompanyFilter.NONE, CompanyColumn.DEFAULT_VISIBLE,
            CompanySort.DEFAULT);

    public ViewDefinition {
        filter = filter == null ? CompanyFilter.NONE : filter;
        columns = columns == null || columns.isEmpty() ? CompanyColumn.DEFAULT_VISIBLE : List.copyOf(columns);
        sort = sort == null ? CompanySort.DEFAULT : sort;
    }
}
