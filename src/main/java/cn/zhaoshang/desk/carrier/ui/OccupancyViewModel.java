package cn.zhaoshang.desk.carrier.ui;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.carrier.CarrierService;
import cn.zhaoshang.desk.carrier.OccupancyEntry;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Area;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "add a dated occupancy figure" row of a carrier's detail: date, occupied, vacant, one message. */
final class OccupancyViewModel {
    // Properties
    final ObjectProperty<LocalDate> recordedOn = new SimpleObjectProperty<>();
    final StringProperty occupied = new SimpleStringProperty("");
    final StringProperty vacant = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");

    private final UUID carrierId;
    private final CarrierService service;
    private final TaskRunner tasks;
    private final Messages messages;

    OccupancyViewModel(UUID carrierId, LocalDate today, CarrierService service, TaskRunner tasks, Messages messages) {
        this.carrierId = carrierId;
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        recordedOn.set(today);
    }

    // Commands

    /** Adds the entry; on success the fields clear and {@code onAdded} runs (to reload the detail). */
    void add(Runnable onAdded, Consumer<Throwable> onError) {
        error.set("");
        BigDecimal occ;
        BigDecimal vac;
        try {
            occ = Area.parse(occupied.get());
            vac = Area.parse(vacant.get());
        } catch (DeskException e) {
            error.set(messages.get("carrier.form.notANumber"));
            return;
        }
        OccupancyEntry entry = new OccupancyEntry(null, 0, carrierId, recordedOn.get(), occ, vac);
        tasks.run(messages.get("carrier.task.save"), p -> service.addOccupancy(entry), saved -> {
            occupied.set("");
            vacant.set("");
            onAdded.run();
        }, failure -> {
            if (failure instanceof FieldInputException input) {
                error.set(messages.describe(input));
            } else {
                onError.accept(failure);
            }
        });
    }
}
