package org.rollcall.qa.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which of an operator's completed calls of a day are sampled for review (ADR 0032). The operator's k-th completed
 * call of the day (k = 1, 2, ... in the order they ended) is sampled when the running total {@code phase + k × p}
 * crosses a multiple of 100, where p is the template's percent and the phase (0–99) comes from a hash of the
 * operator and the day. So after any number n of calls exactly floor((phase + n·p) / 100) − floor(phase / 100)
 * are sampled: within one of n·p/100 for every operator at every moment of the day (fair), the same answer every
 * time it is asked (deterministic, so the sampler can run again and again), and which positions are picked changes
 * from day to day and operator to operator (not always the 20th).
 */
public final class Sampling {

    private Sampling() {
    }

    public static boolean sampled(UUID operator, LocalDate day, int position, int percent) {
        if (position < 1) {
            throw new IllegalArgumentException("positions start at 1, not " + position);
        }
        int phase = phase(operator, day);
        return (phase + (long) position * percent) / 100 > (phase + (long) (position - 1) * percent) / 100;
    }

    static int phase(UUID operator, LocalDate day) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((operator + "/" + day)
                    .getBytes(StandardCharsets.UTF_8));
            return Math.floorMod(((hash[0] & 0xff) << 8) | (hash[1] & 0xff), 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
