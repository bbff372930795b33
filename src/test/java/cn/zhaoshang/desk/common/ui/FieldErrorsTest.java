package cn.zhaoshang.desk.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Area;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The messages beside a form's fields: shown by field, localised, gone once the input is put right. */
class FieldErrorsTest {
    private static final List<String> FIELDS = List.of("name", "totalArea", "vacantArea");
    private final Messages chinese = new Messages(Messages.CHINESE);

    @Test
    void aRefusalIsShownBesideItsFieldInTheUsersLanguage() {
        FieldErrors zh = new FieldErrors(chinese, FIELDS);
        FieldErrors en = new FieldErrors(new Messages(Messages.ENGLISH), FIELDS);
        FieldInputException tooLong = new FieldInputException("name", "carrier.error.nameTooLong", 100);

        assertThat(zh.check(() -> Optional.of(tooLong))).isFalse();
        assertThat(en.check(() -> Optional.of(tooLong))).isFalse();

        assertThat(zh.of("name").get()).isEqualTo("名称最多 100 个字。");
        assertThat(en.of("name").get()).isEqualTo("The name may have at most 100 characters.");
        assertThat(zh.of("totalArea").get()).isEmpty();
        assertThat(zh.of("vacantArea").get()).isEmpty();
    }

    @Test
    void editingTheInputChecksAgainAndClearsTheMessageOnceItIsRight() {
        FieldErrors errors = new FieldErrors(chinese, FIELDS);
        StringProperty total = new SimpleStringProperty("");
        StringProperty vacant = new SimpleStringProperty("");
        FieldErrors.recheckOn(() -> errors.check(() -> {
            BigDecimal t = FieldErrors.read("totalArea", "carrier.form.notANumber", Area::parse, total.get());
            BigDecimal v = FieldErrors.read("vacantArea", "carrier.form.notANumber", Area::parse, vacant.get());
            return v != null && t != null && v.compareTo(t) > 0
                    ? Optional.of(new FieldInputException("vacantArea", "carrier.error.vacantExceedsTotal"))
                    : Optional.empty();
        }), total, vacant);

        total.set("一万");
        assertThat(errors.of("totalArea").get()).isEqualTo("请输入数字（平方米），例如 12000。");

        total.set("12000");
        vacant.set("99999");
        assertThat(errors.of("totalArea").get()).isEmpty();
        assertThat(errors.of("vacantArea").get()).isEqualTo("空置面积不能大于总面积。");

        vacant.set("5000");
        assertThat(errors.of("vacantArea").get()).isEmpty();
    }

    @Test
    void aRefusalOfAFieldTheFormDoesNotShowGoesBesideTheFirstField() {
        FieldErrors errors = new FieldErrors(chinese, FIELDS);

        errors.show(new FieldInputException("recordedOn", "carrier.error.nameRequired"));

        assertThat(errors.of("name").get()).isEqualTo("请填写载体名称。");
    }

    @Test
    void aFailedSaveShowsFieldRefusalsBesideTheFieldAndHandsOnEverythingElse() {
        FieldErrors errors = new FieldErrors(chinese, FIELDS);
        List<Throwable> handedOn = new ArrayList<>();
        IllegalStateException offline = new IllegalStateException("connection lost");

        errors.showOr(new FieldInputException("totalArea", "carrier.error.negativeArea"), handedOn::add);
        errors.showOr(offline, handedOn::add);

        assertThat(errors.of("totalArea").get()).isEqualTo("面积不能为负数。");
        assertThat(handedOn).containsExactly(offline);
        assertThat(errors.of("name").get()).isEmpty();
    }
}
