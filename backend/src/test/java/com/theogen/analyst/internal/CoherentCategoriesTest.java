package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.AxialGroupingRequest;
import com.theogen.analyst.AxialGroupingRequest.AxialCode;
import com.theogen.analyst.AxialGroupingResult;
import com.theogen.analyst.AxialGroupingResult.CategoryDraft;
import com.theogen.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ADR 056, on small hand-written cases: a hub code close to everything does not glue two unrelated groups into one
 * category, a single code still joins the category it is close to on average, and in a mixed-language project a
 * category with no code in the project's language is named in that language when the concept lexicon knows the word.
 */
class CoherentCategoriesTest {

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static List<AverageLinkage.Cluster> singletons(int n) {
        List<AverageLinkage.Cluster> start = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            start.add(new AverageLinkage.Cluster(List.of(i), -1));
        }
        return start;
    }

    @Test
    void aHubCodeDoesNotGlueTwoUnrelatedGroupsIntoOneCategory() {
        // codes 0-2 (care: nurse, enfermera, hospital) and 3-5 (money: sueldo, money, rent) are unrelated; code 6
        // ("trabajo") is close to all of them
        double[][] similarity = new double[7][7];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                boolean sameGroup = i < 6 && j < 6 && i / 3 == j / 3;
                similarity[i][j] = i == j ? 1 : sameGroup ? 0.6 : (i == 6 || j == 6) ? 0.5 : 0;
            }
        }

        List<AverageLinkage.Cluster> clusters = AverageLinkage.cluster(similarity, singletons(7), 1);

        // mean cross similarity of {0,1,2,6} and {3,4,5} is 0.125, above the floor; the groups still stay apart
        assertThat(clusters).extracting(AverageLinkage.Cluster::members).noneSatisfy(members -> assertThat(members)
                .contains(0, 3));
        assertThat(clusters).extracting(AverageLinkage.Cluster::members).anySatisfy(members -> assertThat(members)
                .containsAll(List.of(0, 1, 2)));
        assertThat(clusters).extracting(AverageLinkage.Cluster::members).anySatisfy(members -> assertThat(members)
                .containsAll(List.of(3, 4, 5)));
    }

    @Test
    void aSingleCodeJoinsTheCategoryItIsCloseToOnAverageEvenIfNotToEachOfItsCodes() {
        // 0-2 one group; 3 is close to two of its codes and unrelated to the third (mean 0.2, over the floor): a
        // single code cannot chain anything, so the mean decides, as in ADR 043; 4 is related to nothing
        double[][] similarity = {
            {1, 0.6, 0.6, 0.3, 0},
            {0.6, 1, 0.6, 0.3, 0},
            {0.6, 0.6, 1, 0, 0},
            {0.3, 0.3, 0, 1, 0},
            {0, 0, 0, 0, 1}
        };

        List<AverageLinkage.Cluster> clusters = AverageLinkage.cluster(similarity, singletons(5), 1);

        assertThat(clusters)
                .extracting(AverageLinkage.Cluster::members)
                .containsExactlyInAnyOrder(List.of(0, 1, 2, 3), List.of(4));
    }

    @Test
    void aCategoryWithoutACodeInTheProjectsLanguageIsNamedInItsLanguage() {
        List<AnalystFragment> fragments = new ArrayList<>();
        String[] english = {
            "The money is never enough, and the rent goes up every year.",
            "Money worries keep me awake; the rent is half of what I earn.",
            "I count the money twice before paying the rent."
        };
        String[] spanish = {"Siento culpa todo el día.", "La culpa no se va nunca.", "Culpa, siempre culpa."};
        for (int i = 0; i < english.length; i++) {
            fragments.add(new AnalystFragment(id("en" + i), id("i1"), "P", false, Language.EN, english[i]));
            fragments.add(new AnalystFragment(id("es" + i), id("i2"), "P", false, Language.ES, spanish[i]));
        }
        List<AxialCode> codes = List.of(
                code("money", "en0", "en1", "en2"), code("rent", "en0", "en1", "en2"), code("culpa", "es0", "es1"));

        AxialGroupingResult spanishProject = new AgglomerativeAxialGrouper()
                .group(new AxialGroupingRequest(Language.ES, codes, List.of(), fragments));
        AxialGroupingResult englishProject = new AgglomerativeAxialGrouper()
                .group(new AxialGroupingRequest(Language.EN, codes, List.of(), fragments));

        // a mixed project reads in its language, whichever it is
        assertThat(spanishProject.categories()).extracting(CategoryDraft::name).containsExactly("Dinero", "Culpa");
        assertThat(englishProject.categories()).extracting(CategoryDraft::name).containsExactly("Money", "Guilt");
    }

    @Test
    void aPhraseTheLexiconDoesNotKnowAsOneConceptIsNotTranslatedWordByWord() {
        ConceptLexicon lexicon = ConceptLexicon.get();

        assertThat(lexicon.translate("money", Tongue.EN, Tongue.ES)).contains("dinero");
        assertThat(lexicon.translate("care home", Tongue.EN, Tongue.ES)).contains("residencia");
        assertThat(lexicon.translate("night shifts", Tongue.EN, Tongue.ES)).isEmpty();
        assertThat(lexicon.translate("sensors", Tongue.EN, Tongue.ES)).isEmpty();
    }

    private static AxialCode code(String label, String... fragmentKeys) {
        return new AxialCode(
                id("code:" + label),
                label,
                Arrays.stream(fragmentKeys).map(CoherentCategoriesTest::id).toList(),
                null);
    }
}
