package cn.zhaoshang.desk.common.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeStreamTest {
    private static ChangeBatch batch(long seq) {
        return new ChangeBatch(seq, true, List.of(new Change("company", ChangeKind.UPDATE, List.of(UUID.randomUUID()))));
    }

    @Test
    void theWatermarkWaitsForTheGapBelowABatchThatArrivedEarly() {
        ChangeStream stream = new ChangeStream(10);
        List<Long> heard = new ArrayList<>();
        stream.subscribe(b -> heard.add(b.sequence()));

        stream.publish(batch(12));
        assertThat(stream.watermark()).isEqualTo(10);
        stream.publish(batch(11));
        assertThat(stream.watermark()).isEqualTo(12);
        assertThat(heard).containsExactly(12L, 11L);
    }

    @Test
    void aBatchIsDeliveredOnceEvenWhenThePollerMeetsItToo() {
        ChangeStream stream = new ChangeStream(0);
        List<Long> heard = new ArrayList<>();
        stream.subscribe(b -> heard.add(b.sequence()));

        stream.publish(batch(1));
        stream.publish(batch(1));
        stream.publish(batch(0));
        assertThat(heard).containsExactly(1L);
    }

    @Test
    void aFailingListenerDoesNotKeepTheBatchFromTheOthersAndAClosedOneHearsNothing() throws Exception {
        ChangeStream stream = new ChangeStream(0);
        List<Long> heard = new ArrayList<>();
        stream.subscribe(b -> {
            throw new IllegalStateException("broken screen");
        });
        AutoCloseable second = stream.subscribe(b -> heard.add(b.sequence()));

        stream.publish(batch(1));
        second.close();
        stream.publish(batch(2));
        assertThat(heard).containsExactly(1L);
        assertThat(stream.watermark()).isEqualTo(2);
    }
}
