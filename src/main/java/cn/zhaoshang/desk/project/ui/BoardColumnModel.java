package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.project.ColumnSummary;
import cn.zhaoshang.desk.project.PageCursor;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectPage;
import cn.zhaoshang.desk.project.ProjectStage;
import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One column of the board: its totals under the filter (from the aggregate query) and the cards
 * loaded so far (a page at a time), with where the next page starts.
 */
public final class BoardColumnModel {
    private final ProjectStage stage;
    // Properties
    private final ObservableList<ProjectCard> cards = FXCollections.observableArrayList();
    private final LongProperty count = new SimpleLongProperty();
    private final ObjectProperty<BigDecimal> amount = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private PageCursor next;

    BoardColumnModel(ProjectStage stage) {
        this.stage = stage;
    }

    public ProjectStage stage() {
        return stage;
    }

    public ObservableList<ProjectCard> cards() {
        return cards;
    }

    public LongProperty countProperty() {
        return count;
    }

    public ObjectProperty<BigDecimal> amountProperty() {
        return amount;
    }

    public BooleanProperty hasMoreProperty() {
        return hasMore;
    }

    /** How many cards are not loaded yet. */
    public long remaining() {
        return Math.max(0, count.get() - cards.size());
    }

    PageCursor next() {
        return next;
    }

    void replace(ColumnSummary summary, ProjectPage page) {
        count.set(summary.count());
        amount.set(summary.amount());
        cards.setAll(page.rows());
        setNext(page.next());
    }

    void append(ProjectPage page) {
        cards.addAll(page.rows());
        setNext(page.next());
    }

    private void setNext(PageCursor cursor) {
        next = cursor;
        hasMore.set(cursor != null);
    }
}
