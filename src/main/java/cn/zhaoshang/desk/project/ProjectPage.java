package cn.zhaoshang.desk.project;

import java.util.List;

/** A page of cards or rows and where the next one starts (null when this was the last). */
public record ProjectPage(List<ProjectCard> rows, PageCursor next) {
    public boolean hasMore() {
        return next != null;
    }
}
