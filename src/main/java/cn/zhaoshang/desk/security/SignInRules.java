package cn.zhaoshang.desk.security;

import java.time.Duration;

/**
 * How hard signing in is made for a guesser (decision 0146): the password hash's cost, how many
 * wrong passwords a name may have before each next try waits (doubling from {@code firstWait}), and
 * after how many the name is locked until an administrator lifts it. A parameter so that tests use
 * a cheap hash; waits follow the services' clock, so tests move the clock instead of sleeping.
 */
public record SignInRules(PasswordHasher hasher, int freeFailures, Duration firstWait, Duration longestWait,
                          int lockAfter) {
    public static final SignInRules STANDARD =
            new SignInRules(PasswordHasher.STANDARD, 3, Duration.ofSeconds(5), Duration.ofMinutes(5), 10);
    public static final SignInRules FOR_TESTS =
            new SignInRules(PasswordHasher.CHEAP, 3, Duration.ofSeconds(5), Duration.ofMinutes(5), 10);

    /** How long after the {@code failures}-th wrong password the next try waits (zero while free). */
    public Duration waitAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
