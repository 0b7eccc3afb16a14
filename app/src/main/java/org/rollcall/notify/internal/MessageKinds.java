package org.rollcall.notify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.Wording;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every kind of message the modules declare (as {@link MessageKind} beans), with its shipped wording. Start-up fails
 * if a kind's templates are missing or its shipped wording uses a placeholder the kind does not declare, so a broken
 * template is found when the application starts, not when a social worker should have been told.
 */
@Component
class MessageKinds {

    static final String FOLDER = "notify/templates/";

    record Shipped(MessageKind kind, Wording wording) {
    }

    private final Map<String, Shipped> kinds = new LinkedHashMap<>();

    MessageKinds(List<MessageKind> declared) {
        List<String> problems = new ArrayList<>();
        for (MessageKind kind : declared.stream().sorted(Comparator.comparing(MessageKind::code)).toList()) {
            if (kinds.containsKey(kind.code())) {
                problems.add("message kind " + kind.code() + " is declared twice");
                continue;
            }
            for (String suffix : kind.letter() ? List.of(".txt", ".html", ".letter.html") : List.of(".txt", ".html")) {
                if (!new ClassPathResource(FOLDER + kind.code() + suffix).exists()) {
                    problems.add("message kind " + kind.code() + " has no template " + FOLDER + kind.code() + suffix);
                }
            }
            String wordingFile = FOLDER + kind.code() + ".wording.txt";
            try {
                Wording wording = WordingTemplate.parseShipped(wordingFile, read(wordingFile));
                WordingTemplate.problems(kind, wording).forEach(p -> problems.add(wordingFile + ": " + p));
                kinds.put(kind.code(), new Shipped(kind, wording));
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Message templates are broken: " + String.join("; ", problems));
        }
    }

    Optional<Shipped> find(String code) {
        return Optional.ofNullable(kinds.get(code));
    }

    List<MessageKind> all() {
        return kinds.values().stream().map(Shipped::kind).toList();
    }

    private static String read(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new IllegalStateException("the shipped wording " + path + " is missing");
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
