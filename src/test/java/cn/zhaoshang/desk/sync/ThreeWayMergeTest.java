package cn.zhaoshang.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {
    private static SyncRow row(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", "01a24765-f871-71b9-b880-d98ab103cb4e");
        values.put("version", "1");
        values.put("updated_at", "2026-06-15T02:00Z");
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new SyncRow(values);
    }

    @Test
    void fieldsChangedOnOneSideTakeThatSidesValue() {
        var base = row("address", "建设路 1 号", "legal_rep", "王建国", "deleted_at", null);
        var mine = row("address", "中原路 88 号", "legal_rep", "王建国", "deleted_at", null);
        var theirs = row("address", "建设路 1 号", "legal_rep", "赵伟", "deleted_at", null);
        var outcome = ThreeWayMerge.merge(base, mine, theirs);
        assertThat(outcome.clean()).isTrue();
        assertThat(outcome.merged().get("address")).isEqualTo("中原路 88 号");
        assertThat(outcome.merged().get("legal_rep")).isEqualTo("赵伟");
    }

    @Test
    void aFieldChangedDifferentlyOnBothSidesKeepsTheServersValueAndIsAConflict() {
        var base = row("address", "建设路 1 号", "deleted_at", null);
        var outcome = ThreeWayMerge.merge(base, row("address", "海淀区 1 号", "deleted_at", null),
                row("address", "朝阳区 2 号", "deleted_at", null));
        assertThat(outcome.merged().get("address")).isEqualTo("朝阳区 2 号");
        assertThat(outcome.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.SAME_FIELD);
            assertThat(c.mine()).isEqualTo("海淀区 1 号");
            assertThat(c.theirs()).isEqualTo("朝阳区 2 号");
        });
        assertThat(ThreeWayMerge.merge(base, row("address", "同一个", "deleted_at", null),
                row("address", "同一个", "deleted_at", null)).clean()).as("the same change on both sides").isTrue();
    }

    @Test
    void linkSetsMergeElementByElement() {
        String e = ThreeWayMerge.ELEMENT;
        var base = row("#company_tag", "外资" + e + "重点");
        var mine = row("#company_tag", "外资" + e + "重点" + e + "链主");
        var theirs = row("#company_tag", "重点" + e + "上市");
        var merged = ThreeWayMerge.merge(base, mine, theirs);
        assertThat(ThreeWayMerge.elements(merged.merged().get("#company_tag"))).containsExactlyInAnyOrder("重点", "链主", "上市");
        assertThat(merged.clean()).isTrue();
    }

    @Test
    void aDeleteAgainstAnEditIsAConflictEitherWay() {
        var base = row("title", "总经理", "deleted_at", null);
        var deleted = row("title", "总经理", "deleted_at", "2026-06-15T03:00Z");
        var edited = row("title", "副总经理", "deleted_at", null);
        var iDeleted = ThreeWayMerge.merge(base, deleted, edited);
        assertThat(iDeleted.conflicts()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(ConflictKind.DELETE_EDIT));
        assertThat(iDeleted.merged().deleted()).isFalse();
        var theyDeleted = ThreeWayMerge.merge(base, edited, deleted);
        assertThat(theyDeleted.conflicts()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(ConflictKind.EDIT_DELETE));
        assertThat(theyDeleted.merged().deleted()).isTrue();
        assertThat(ThreeWayMerge.merge(base, deleted, row("title", "总经理", "deleted_at", "2026-06-15T04:00Z")).clean())
                .as("deleted on both sides").isTrue();
    }
}
