package io.orgbridge.awssim;

/**
 * A token bucket that starts full with {@code burst} tokens and refills at {@code perSecond}
 * tokens a second, measured with {@link System#nanoTime()}.
 */
final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long refilledAt;

    TokenBucket(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = System.nanoTime();
    }

    /** Takes one token and returns true if one is left. A rejected request takes none. */
    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - refilledAt) * perSecond / 1_000_000_000.0);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
