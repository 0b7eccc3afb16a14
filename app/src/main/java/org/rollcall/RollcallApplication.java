package org.rollcall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/** Rollcall: checks every school day that each looked-after child is in education. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Push
@StyleSheet(Lumo.STYLESHEET)
public class RollcallApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(RollcallApplication.class, args);
    }

    /** Every page, the login page included, links the icon (src/main/resources/META-INF/resources). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/rollcall.svg", "any");
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
    }
}
