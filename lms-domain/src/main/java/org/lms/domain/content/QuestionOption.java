package org.lms.domain.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer a question offers, and whether it is a correct one. */
@Embeddable
public class QuestionOption {

    public static final int TEXT_MAX = 500;

    @Column(name = "TEXT", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "CORRECT", nullable = false)
    private boolean correct;

    protected QuestionOption() {
    }

    public QuestionOption(String text, boolean correct) {
        this.text = text;
        this.correct = correct;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }
}
