package cn.zhaoshang.desk.carrier.ui;

import cn.zhaoshang.desk.carrier.Carrier;
import cn.zhaoshang.desk.carrier.CarrierKind;
import cn.zhaoshang.desk.carrier.CarrierRules;
import cn.zhaoshang.desk.carrier.CarrierService;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Area;
import cn.zhaoshang.desk.common.ui.FieldErrors;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The carrier form: one property per field, a message property beside each field, checks as the user
 * types ({@link CarrierRules}), and save, which the service checks again with the nesting rules.
 */
final class CarrierFormViewModel {
    static final List<String> FIELDS = List.of("name", "kind", "parent", "address", "totalArea", "vacantArea",
            "operator", "contactName", "contactPhone");

    // Properties
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<CarrierKind> kind = new SimpleObjectProperty<>(CarrierKind.BUILDING);
    final ObjectProperty<UUID> parent = new SimpleObjectProperty<>();
    final StringProperty address = new SimpleStringProperty("");
    final ObservableList<String> focusIndustries = FXCollections.observableArrayList();
    final StringProperty totalArea = new SimpleStringProperty("");
    final StringProperty vacantArea = new SimpleStringProperty("");
    final StringProperty operator = new SimpleStringProperty("");
    final StringProperty contactName = new SimpleStringProperty("");
    final StringProperty contactPhone = new SimpleStringProperty("");
    final BooleanProperty saving = new SimpleBooleanProperty();
    final FieldErrors errors;

    private final Carrier original;
    private final CarrierService service;
    private final TaskRunner tasks;
    private final Messages messages;

    CarrierFormViewModel(Carrier original, CarrierService service, TaskRunner tasks, Messages messages) {
        this.original = original;
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages, FIELDS);
        name.set(original.name());
        kind.set(original.kind());
        parent.set(original.parentId());
        address.set(nz(original.address()));
        focusIndustries.setAll(original.focusIndustries());
        totalArea.set(plain(original.totalArea()));
        vacantArea.set(plain(original.vacantArea()));
        operator.set(nz(original.operator()));
        contactName.set(nz(original.contactName()));
        contactPhone.set(nz(original.contactPhone()));
        FieldErrors.recheckOn(this::validate, name, totalArea, vacantArea, contactPhone, kind);
    }

    boolean isNew() {
        return original.isNew();
    }

    Carrier original() {
        return original;
    }

    /** Checks what can be checked without the database; true when nothing is wrong. */
    boolean validate() {
        return errors.check(() -> CarrierRules.check(build(area("totalArea", totalArea), area("vacantArea", vacantArea))));
    }

    private static BigDecimal area(String field, StringProperty text) {
        return FieldErrors.read(field, "carrier.form.notANumber", Area::parse, text.get());
    }

    private Carrier build(BigDecimal total, BigDecimal vacant) {
        return new Carrier(original.id(), original.version(), parent.get(), name.get(), kind.get(), address.get(),
                List.copyOf(focusIndustries), total, vacant, operator.get(), contactName.get(), contactPhone.get());
    }

    // Commands

    /**
     * Saves in the background. A refusal that belongs to a field is shown beside it; anything else
     * (a stale save, a lost connection) goes to {@code onError}.
     */
    void save(Consumer<Carrier> onSaved, Consumer<Throwable> onError) {
        if (!validate() || saving.get()) {
            return;
        }
        Carrier carrier = build(Area.parse(totalArea.get()), Area.parse(vacantArea.get()));
        saving.set(true);
        tasks.run(messages.get("carrier.task.save"), p -> service.save(carrier), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, error -> {
            saving.set(false);
            errors.showOr(error, onError);
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
