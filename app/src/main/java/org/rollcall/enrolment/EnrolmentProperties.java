package org.rollcall.enrolment;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param extranetUrl where authority users reach Rollcall, for the link in the "not on roll" email
 * @param introductionLookBack a child whose first on-roll placement started longer ago than this is a record of the
 *     past being loaded (an import, the demo's history), not a child joining now: no introduction letters
 */
@ConfigurationProperties("rollcall.enrolment")
public record EnrolmentProperties(String extranetUrl, Period introductionLookBack) {

    public EnrolmentProperties {
        extranetUrl = extranetUrl == null || extranetUrl.isBlank() ? "http://localhost:8080"
                : extranetUrl.strip().replaceAll("/+$", "");
        introductionLookBack = introductionLookBack == null ? Period.ofDays(28) : introductionLookBack;
        if (introductionLookBack.isNegative()) {
            throw new IllegalArgumentException("rollcall.enrolment.introduction-look-back must not be negative");
        }
    }
}
