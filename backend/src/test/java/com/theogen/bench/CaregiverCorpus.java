package com.theogen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic English interviews with working caregivers for the benchmarks that go through a model: each turn is an
 * interviewer question followed by two to four sentences drawn from {@link #SENTENCES}, so that phrases recur
 * across interviews as in real data and a scripted model can code a fragment by the sentences it contains.
 */
public final class CaregiverCorpus {

    /** What a participant may say; a scripted model's codes and quotes come from these. */
    public static final List<String> SENTENCES = List.of(
            "I work night shifts at the hospital and sleep very little.",
            "My mother needs help with her medicine every morning.",
            "My sister lives far away, so I do most of the caring alone.",
            "The money is never enough since I cut my hours at work.",
            "My boss does not understand why I need to leave early.",
            "The school calls me when the children are sick.",
            "I feel guilty when I cannot be there for my mother at night.",
            "The nurse from the clinic visits on Tuesdays.",
            "On weekends I try to rest, but I am always tired.",
            "I asked my neighbour for help with the shopping.",
            "Paying the rent is the hardest part of the month.",
            "I take the bus to the doctor with my mother.",
            "Sometimes I think about quitting my work.",
            "My brother sends money but he never visits.",
            "I keep a calendar of every appointment on the fridge.",
            "Nobody asks how I am doing.",
            "The doctor changed her medicine again last week.",
            "I am tired all the time and my back hurts.",
            "My children help with small things after school.",
            "I found a support group for carers at the community centre.");

    private static final List<String> QUESTIONS = List.of(
            "How do you manage the nights?",
            "Who helps you?",
            "And money?",
            "How is work going?",
            "How do you feel?",
            "Can you tell me about your mother?");

    private CaregiverCorpus() {}

    /** {@code count} interviews of {@code turns} question-and-answer pairs each (2 × turns fragments), seeded. */
    public static List<String> interviews(Random random, int count, int turns) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int t = 0; t < turns; t++) {
                text.append("Interviewer: ")
                        .append(QUESTIONS.get(random.nextInt(QUESTIONS.size())))
                        .append("\n\nCarer ")
                        .append(i)
                        .append(':');
                int sentences = 2 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    text.append(' ').append(SENTENCES.get(random.nextInt(SENTENCES.size())));
                }
                text.append("\n\n");
            }
            files.add(text.toString());
        }
        return files;
    }
}
