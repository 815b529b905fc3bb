package org.lms.service.content;

import java.io.Serializable;
import java.util.List;
import org.lms.domain.content.QuestionKind;

/** What an author enters for a quiz question: its kind, text and options in order. */
public record QuestionDraft(QuestionKind kind, String text, List<OptionDraft> options) implements Serializable {

    /** One option of a question as the author enters it, and whether it is a correct answer. */
    public record OptionDraft(String text, boolean correct) implements Serializable {
    }
}
