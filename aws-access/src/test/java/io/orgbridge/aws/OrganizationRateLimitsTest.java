package io.orgbridge.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationRateLimitsTest {

    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void shouldAllowBurstWithoutWaiting() {
        // given
        OrganizationRateLimits limits = new OrganizationRateLimits(clock);

        // when
        Duration first = limits.reserve(OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT);
        for (int i = 1; i < 7; i++) {
            limits.reserve(OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT);
        }
        Duration eighth = limits.reserve(OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT);

        // then
        assertThat(first).isZero();
        assertThat(eighth).isZero();
    }

    @Test
    void shouldQueueCallsBeyondBurstAtRate() {
        // given
        OrganizationRateLimits limits = new OrganizationRateLimits(clock);
        for (int i = 0; i < 8; i++) {
            limits.reserve(OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT);
        }

        // when
        Duration ninth = limits.reserve(OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT);
        Duration tenth = limits.reserve(OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT);

        // then 5 per second: one token every 200 ms, served in reservation order
        assertThat(ninth).isEqualTo(Duration.ofMillis(200));
        assertThat(tenth).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void shouldRefillWithElapsedTimeUpToBurst() {
        // given
        OrganizationRateLimits limits = new OrganizationRateLimits(clock);
        limits.reserve(OrganizationsOperation.DESCRIBE_ORGANIZATION);
        limits.reserve(OrganizationsOperation.DESCRIBE_ORGANIZATION);
        Duration third = limits.reserve(OrganizationsOperation.DESCRIBE_ORGANIZATION);

        // when one token per second refills, and a long pause refills no more than the burst of 2
        clock.advance(Duration.ofSeconds(1));
        Duration afterOneSecond = limits.reserve(OrganizationsOperation.DESCRIBE_ORGANIZATION);
        clock.advance(Duration.ofMinutes(10));
        Duration afterPause1 = limits.reserve(OrganizationsOperation.DESCRIBE_ORGANIZATION);
        Duration afterPause2 = limits.reserve(OrganizationsOperation.DESCRIBE_ORGANIZATION);
        Duration afterPause3 = limits.reserve(OrganizationsOperation.DESCRIBE_ORGANIZATION);

        // then
        assertThat(third).isEqualTo(Duration.ofSeconds(1));
        assertThat(afterOneSecond).isEqualTo(Duration.ofSeconds(1));
        assertThat(afterPause1).isZero();
        assertThat(afterPause2).isZero();
        assertThat(afterPause3).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldKeepOperationsIndependent() {
        // given
        OrganizationRateLimits limits = new OrganizationRateLimits(clock);
        for (int i = 0; i < 2; i++) {
            limits.reserve(OrganizationsOperation.LIST_ROOTS);
        }

        // when
        Duration listRoots = limits.reserve(OrganizationsOperation.LIST_ROOTS);
        Duration listOus = limits.reserve(OrganizationsOperation.LIST_ORGANIZATIONAL_UNITS_FOR_PARENT);

        // then
        assertThat(listRoots).isEqualTo(Duration.ofSeconds(1));
        assertThat(listOus).isZero();
    }

    @Test
    void shouldScaleRatesByFactor() {
        // given half of AWS's rate: ListAccountsForParent at 2.5 per second
        OrganizationRateLimits limits = new OrganizationRateLimits(clock, 0.5);
        for (int i = 0; i < 8; i++) {
            limits.reserve(OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT);
        }

        // when
        Duration ninth = limits.reserve(OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT);

        // then
        assertThat(ninth).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void shouldCompleteAcquireAfterReservedDelay() {
        // given
        OrganizationRateLimits limits = new OrganizationRateLimits(Clock.systemUTC());
        limits.reserve(OrganizationsOperation.LIST_ROOTS);
        limits.reserve(OrganizationsOperation.LIST_ROOTS);

        // when
        long start = System.nanoTime();
        CompletableFuture<Void> acquired =
                limits.acquire(OrganizationsOperation.LIST_ROOTS).toCompletableFuture();

        // then the third ListRoots waits about one second without blocking the caller
        assertThat(acquired).isNotDone();
        acquired.orTimeout(5, TimeUnit.SECONDS).join();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void shouldRejectNonPositiveFactor() {
        assertThatThrownBy(() -> new OrganizationRateLimits(clock, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rate factor");
    }

    /** A clock that moves only when a test advances it. */
    private static final class FakeClock extends Clock {

        private Instant now;

        FakeClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
