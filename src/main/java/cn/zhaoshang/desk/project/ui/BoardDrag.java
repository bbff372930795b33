package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.project.ProjectCard;

/** The card being dragged on the board, between the press on a card and the release over a column. */
final class BoardDrag {
    private ProjectCard card;

    void start(ProjectCard dragged) {
        this.card = dragged;
    }

    ProjectCard card() {
        return card;
    }

    void end() {
        card = null;
    }
}
