package org.regionaltc.alignment;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.AlignmentScore.Phrase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Words an alignment score's explanations in the reader's language: on pages ({@code @alignmentWords}), and in the
 * API in the language of {@code Accept-Language}.
 */
@Component("alignmentWords")
public class AlignmentWords {

    /** A score as the API shows it: each component's explanation and each country's best priority in words. */
    public record Worded(long projectId, double score, List<WordedComponent> components, List<WordedCountry> countries) {
    }

    public record WordedComponent(String name, double value, double weight, double points, String explanation) {
    }

    public record WordedCountry(String countryCode, double share, double value, @Nullable String bestPriority,
            boolean endorsed) {
    }

    private final MessageSource messages;

    AlignmentWords(MessageSource messages) {
        this.messages = messages;
    }

    public String explanation(AlignmentScore.Component component) {
        String separator = "endorsement".equals(component.name()) ? ", " : "; ";
        return component.because().stream().map(this::words).collect(Collectors.joining(separator));
    }

    public @Nullable String words(@Nullable Phrase phrase) {
        return phrase == null ? null : messages.getMessage(resolvable(phrase), LocaleContextHolder.getLocale());
    }

    public Worded worded(AlignmentScore score) {
        return new Worded(score.projectId(), score.score(),
            score.components().stream().map(c -> new WordedComponent(c.name(), c.value(), c.weight(), c.points(),
                explanation(c))).toList(),
            score.countries().stream().map(c -> new WordedCountry(c.countryCode(), c.share(), c.value(),
                words(c.bestPriority()), c.endorsed())).toList());
    }

    private static DefaultMessageSourceResolvable resolvable(Phrase phrase) {
        Object[] arguments = phrase.arguments().stream()
            .map(a -> a instanceof Phrase inner ? resolvable(inner) : a)
            .toArray();
        return new DefaultMessageSourceResolvable(new String[] {phrase.code()}, arguments, phrase.code());
    }
}
