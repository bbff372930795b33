package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.company.LadderFlag;
import cn.zhaoshang.desk.company.LadderTier;
import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One editable rung of the cultivation ladder in the company form. */
public final class LadderRow {
    public final ObjectProperty<LadderTier> tier = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> certifiedOn = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();

    public LadderRow(LadderTier tier, LocalDate certifiedOn, LocalDate expiresOn) {
        this.tier.set(tier);
        this.certifiedOn.set(certifiedOn);
        this.expiresOn.set(expiresOn);
    }

    public static LadderRow of(LadderFlag flag) {
        return new LadderRow(flag.tier(), flag.certifiedOn(), flag.expiresOn());
    }

    public LadderFlag toFlag() {
        return new LadderFlag(tier.get(), certifiedOn.get(), expiresOn.get());
    }

    Observable[] observables() {
        return new Observable[] {tier, certifiedOn, expiresOn};
    }
}
