package org.rollcall.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.rollcall.calendar.BankHolidayVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bank holidays shipped with Rollcall (GOV.UK's file for 2026 to 2028) as version 1 when the database has
 * none, through the parser admins' uploads use. Runs while the context starts, before the planner's first run.
 */
@Component
class ShippedBankHolidays implements InitializingBean {

    static final String RESOURCE = "calendar/bank-holidays-2026-2028.json";
    static final String SOURCE = "bank-holidays-2026-2028.json (GOV.UK, shipped with Rollcall)";
    static final String IMPORTED_BY = "Rollcall (shipped data)";
    private static final Logger log = LoggerFactory.getLogger(ShippedBankHolidays.class);

    private final JdbcBankHolidays store;
    private final TransactionTemplate tx;

    ShippedBankHolidays(JdbcBankHolidays store, TransactionTemplate tx) {
        this.store = store;
        this.tx = tx;
    }

    @Override
    public void afterPropertiesSet() {
        tx.executeWithoutResult(status -> {
            if (!store.anyVersion()) {
                BankHolidayVersion loaded = store.store(parse(), SOURCE, IMPORTED_BY);
                log.info("Bank holidays version {} loaded from {}: {}", loaded.number(), SOURCE, loaded.counts());
            }
        });
    }

    static ParsedBankHolidays parse() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return BankHolidayParser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped bank holidays " + RESOURCE + " are missing", e);
        }
    }
}
