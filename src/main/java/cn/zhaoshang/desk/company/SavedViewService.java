package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.company.db.SavedViewRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Saved views of the company list (name + filter + columns + sort), per user; one may be the
 * default, which the list opens with.
 */
public final class SavedViewService {
    static final String SCREEN = "company";
    private final Database database;
    private final SavedViewRepository views;
    private final Session session;

    SavedViewService(Database database, SavedViewRepository views, Session session) {
        this.database = database;
        this.views = views;
        this.session = session;
    }

    public List<SavedView> list() {
        return views.list(SCREEN, session.userId()).stream().map(SavedViewService::toView).toList();
    }

    public Optional<SavedView> defaultView() {
        return list().stream().filter(SavedView::isDefault).findFirst();
    }

    /** Saves a new view, or replaces the definition of the user's view of that name. */
    public SavedView save(String name, ViewDefinition definition) {
        String clean = CompanyInput.text(name);
        if (clean == null || clean.length() > 100) {
            throw new DeskException("company.view.error.name");
        }
        String json = ViewDefinitionCodec.write(definition);
        return database.transaction(() -> {
            Optional<SavedView> same = list().stream().filter(v -> v.name().equals(clean)).findFirst();
            SavedViewRepository.Row row = same.isPresent()
                    ? views.update(same.get().id(), same.get().version(), clean, json)
                    : views.insert(SCREEN, session.userId(), clean, json);
            return toView(row);
        });
    }

    /** Makes the view the one the list opens with (or none, with null). */
    public void setDefault(UUID viewId) {
        database.transaction(() -> views.setDefault(SCREEN, session.userId(), viewId));
    }

    public void delete(SavedView view) {
        views.softDelete(view.id(), view.version());
    }

    private static SavedView toView(SavedViewRepository.Row r) {
        return new SavedView(r.id(), r.version(), r.name(), ViewDefinitionCodec.read(r.definition()), r.isDefault());
    }
}
