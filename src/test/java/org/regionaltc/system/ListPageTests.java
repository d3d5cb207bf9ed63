package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListPageTests {

    @Test
    void slicesAHundredAtATimeAndClampsWhatAReaderTypes() {
        ListPage second = ListPage.of("2", 250);
        assertThat(second.offset()).isEqualTo(100);
        assertThat(second.first()).isEqualTo(101);
        assertThat(second.lastShown()).isEqualTo(200);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(ListPage.of("3", 250).lastShown()).isEqualTo(250);
        assertThat(ListPage.of("3", 250).hasNext()).isFalse();
        assertThat(ListPage.of("999", 250).number()).isEqualTo(3);
        assertThat(ListPage.of("-1", 250).number()).isEqualTo(1);
        assertThat(ListPage.of("x", 250).number()).isEqualTo(1);
        assertThat(ListPage.of(null, 250).number()).isEqualTo(1);
    }

    @Test
    void anEmptyListIsOnePageShowingNothing() {
        ListPage empty = ListPage.of("5", 0);
        assertThat(empty.number()).isEqualTo(1);
        assertThat(empty.first()).isZero();
        assertThat(empty.lastShown()).isZero();
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.hasPrevious()).isFalse();
    }
}
