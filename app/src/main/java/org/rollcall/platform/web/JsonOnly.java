package org.rollcall.platform.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The REST API speaks JSON only (its documented format): converters that would answer XML are removed, so
 * {@code Accept: application/xml} is a 406 problem detail rather than an undocumented XML answer.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(c -> c.getSupportedMediaTypes().stream().anyMatch(JsonOnly::xml));
    }

    private static boolean xml(MediaType type) {
        return type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml");
    }
}
