package org.rollcall.moves.internal;

import java.util.List;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageKind.Placeholder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The authority's introduction letter to a child's new school; its wording is notify/templates/<code>.wording.txt. */
@Configuration(proxyBeanMethods = false)
class MoveKinds {

    static final MessageKind SCHOOL_INTRODUCTION = new MessageKind("school-introduction",
            "Introduction letter to a child's new school", List.of(
                    new Placeholder("child", "the child's full name, such as Ella Evans"),
                    new Placeholder("school", "the new school's name"),
                    new Placeholder("startsOn", "the day the child starts there, such as Monday 16 November 2026"),
                    new Placeholder("contact", "who the letter is for at the school")), true);

    @Bean
    static MessageKind schoolIntroductionKind() {
        return SCHOOL_INTRODUCTION;
    }
}
