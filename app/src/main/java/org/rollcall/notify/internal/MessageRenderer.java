package org.rollcall.notify.internal;

import java.util.List;
import java.util.Map;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.Signature;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays a message out with its kind's shipped Thymeleaf templates: plain text, HTML and, for a kind with a letter,
 * the letter's XHTML (made into a PDF when sent). The templates see only the filled-in wording, the signature and
 * the kind's declared values.
 */
@Component
class MessageRenderer {

    /** What a message looks like once rendered; stored in the outbox as it will be sent. */
    record Rendered(String subject, String text, String html, String letterHtml) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MessageRenderer() {
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(MessageKinds.FOLDER);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * @param values every placeholder's value, the common ones included
     */
    Rendered render(MessageKind kind, String subject, String body, Signature signature, String authorityName,
                    Map<String, String> values) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariable("subject", subject);
        List<List<String>> paragraphs = WordingTemplate.paragraphs(body);
        context.setVariable("paragraphs", paragraphs);
        context.setVariable("signature", signature);
        context.setVariable("authority", authorityName);
        context.setVariable("values", values);
        context.setVariable("kind", kind);
        String text = engine.process(kind.code() + ".txt", context).strip() + "\n";
        String html = engine.process(kind.code() + ".html", context);
        String letter = kind.letter() ? engine.process(kind.code() + ".letter.html", context) : null;
        return new Rendered(subject, text, html, letter);
    }
}
