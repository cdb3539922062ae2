package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.AxialGroupingRequest.AxialCode;
import com.theogen.analyst.AxialGroupingRequest.ExistingCategory;
import com.theogen.analyst.AxialGroupingResult.CategoryDraft;
import com.theogen.analyst.internal.AgglomerativeAxialGrouper;
import com.theogen.analyst.internal.KeyPhraseOpenCoder;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfflineAxialGrouperTest {

    private final OfflineAxialGrouper grouper = new AgglomerativeAxialGrouper();

    /**
     * Two families of codes that are applied together: work (night shifts, tiredness, the boss) in the
     * first six fragments of each interview and services (day centre, social worker, waiting list) in the
     * last six.
     */
    private static final List<AnalystFragment> FRAGMENTS = fragments();

    private static List<AnalystFragment> fragments() {
        List<AnalystFragment> fragments = new ArrayList<>();
        for (int interview = 0; interview < 3; interview++) {
            UUID interviewId = SyntheticCorpus.uuid("i" + interview);
            for (int i = 0; i < 12; i++) {
                String text = i < 6
                        ? "Los turnos de noche y el cansancio, y la jefa que no entiende los turnos."
                        : "El centro de día, la trabajadora social y la lista de espera del centro.";
                fragments.add(new AnalystFragment(
                        SyntheticCorpus.uuid("f" + interview + "-" + i), interviewId, "P", false, Language.ES, text));
            }
        }
        return fragments;
    }

    private static AxialCode code(String label, int from, int to, UUID pinned) {
        List<UUID> ids = new ArrayList<>();
        for (int interview = 0; interview < 3; interview++) {
            for (int i = from; i < to; i++) {
                ids.add(SyntheticCorpus.uuid("f" + interview + "-" + i));
            }
        }
        return new AxialCode(SyntheticCorpus.uuid(label), label, ids, pinned);
    }

    private static List<AxialCode> codes(UUID pinnedDayCentre) {
        return List.of(
                code("turnos de noche", 0, 6, null),
                code("cansancio", 0, 5, null),
                code("jefa", 1, 6, null),
                code("centro de día", 6, 12, pinnedDayCentre),
                code("trabajadora social", 6, 11, null),
                code("lista de espera", 7, 12, null));
    }

    private static Map<String, Set<String>> byName(AxialGroupingResult result, List<AxialCode> codes) {
        Map<UUID, String> labels = codes.stream().collect(Collectors.toMap(AxialCode::codeId, AxialCode::label));
        return result.categories().stream().collect(Collectors.toMap(CategoryDraft::name, c -> c.codeIds().stream()
                .map(labels::get)
                .collect(Collectors.toSet())));
    }

    @Test
    void groupsCodesThatAreAppliedTogether() {
        List<AxialCode> codes = codes(null);

        AxialGroupingResult result = grouper.group(new AxialGroupingRequest(Language.ES, codes, List.of(), FRAGMENTS));

        assertThat(result.targetCategories()).isEqualTo(2);
        assertThat(byName(result, codes).values())
                .containsExactlyInAnyOrder(
                        Set.of("turnos de noche", "cansancio", "jefa"),
                        Set.of("centro de día", "trabajadora social", "lista de espera"));
        assertThat(result.categories()).allSatisfy(c -> {
            assertThat(c.existingCategoryId()).isNull();
            assertThat(c.generatedBy()).isEqualTo("offline");
            assertThat(c.definition())
                    .startsWith("Agrupa 3 códigos afines: ")
                    .contains("18 fragmentos de 3 entrevistas");
        });
    }

    @Test
    void namesACategoryAfterItsMostRepresentativeCodeNeverAWordPair() {
        List<AxialCode> codes = codes(null);

        // an English project whose interviews are in Spanish: the name is a Spanish phrase participants said
        AxialGroupingResult result = grouper.group(new AxialGroupingRequest(Language.EN, codes, List.of(), FRAGMENTS));

        Set<String> labels = new HashSet<>();
        codes.forEach(c -> labels.add(c.label().toLowerCase(Locale.ROOT)));
        assertThat(result.categories()).extracting(CategoryDraft::name).allSatisfy(name -> {
            assertThat(name).doesNotContain(" y ").doesNotContain(" and ");
            assertThat(labels).contains(name.toLowerCase(Locale.ROOT));
            assertThat(Character.isUpperCase(name.charAt(0))).isTrue();
        });
        CategoryDraft work = result.categories().stream()
                .filter(c -> c.codeIds().contains(SyntheticCorpus.uuid("jefa")))
                .findFirst()
                .orElseThrow();
        assertThat(work.name()).isEqualTo("Turnos de noche");
    }

    @Test
    void reportsTheCoherenceOfEachCategory() {
        AxialGroupingResult result =
                grouper.group(new AxialGroupingRequest(Language.ES, codes(null), List.of(), FRAGMENTS));

        assertThat(result.categories()).allSatisfy(c -> {
            assertThat(c.coherence()).isBetween(0.0, 1.0);
            if (c.codeIds().size() > 1) {
                assertThat(c.coherence()).isGreaterThan(0.0);
                assertThat(c.definition())
                        .contains("Coherencia "
                                + String.format(Locale.ROOT, "%.2f", c.coherence())
                                        .replace('.', ','));
            }
        });
    }

    @Test
    void aCategoryHoldingCodesOfTwoLanguagesIsNamedInItsMainLanguageOnly() {
        List<AnalystFragment> fragments = new ArrayList<>(FRAGMENTS);
        UUID english = SyntheticCorpus.uuid("english interview");
        for (int i = 0; i < 4; i++) {
            fragments.add(new AnalystFragment(
                    SyntheticCorpus.uuid("en-" + i),
                    english,
                    "P",
                    false,
                    Language.EN,
                    "The money is never enough since I cut my hours."));
        }
        List<AxialCode> codes = List.of(
                code("turnos de noche", 0, 6, null),
                new AxialCode(
                        SyntheticCorpus.uuid("money"),
                        "money",
                        List.of( // said in English (4 fragments), but also tagged on 3 Spanish night-shift turns
                                SyntheticCorpus.uuid("en-0"),
                                SyntheticCorpus.uuid("en-1"),
                                SyntheticCorpus.uuid("en-2"),
                                SyntheticCorpus.uuid("en-3"),
                                SyntheticCorpus.uuid("f0-0"),
                                SyntheticCorpus.uuid("f0-1"),
                                SyntheticCorpus.uuid("f0-2")),
                        null));

        AxialGroupingResult result = grouper.group(new AxialGroupingRequest(Language.ES, codes, List.of(), fragments));

        assertThat(result.categories()).hasSize(1);
        assertThat(result.categories().get(0).codeIds()).hasSize(2);
        assertThat(result.categories().get(0).name()).isEqualTo("Turnos de noche");
    }

    @Test
    void keepsPinnedCodesAndHumanNamesOfExistingCategories() {
        UUID services = SyntheticCorpus.uuid("services");
        UUID empty = SyntheticCorpus.uuid("empty");
        List<AxialCode> codes = codes(services);
        List<ExistingCategory> existing = List.of(
                new ExistingCategory(services, "Servicios públicos", "Lo que ofrece la administración."),
                new ExistingCategory(empty, "Categoría vacía", ""));

        AxialGroupingResult result = grouper.group(new AxialGroupingRequest(Language.ES, codes, existing, FRAGMENTS));

        CategoryDraft first = result.categories().get(0);
        assertThat(first.existingCategoryId()).isEqualTo(services);
        assertThat(first.name()).isEqualTo("Servicios públicos");
        assertThat(first.definition()).isEqualTo("Lo que ofrece la administración.");
        assertThat(first.codeIds()).contains(SyntheticCorpus.uuid("centro de día"));
        assertThat(first.codeIds()).doesNotContain(SyntheticCorpus.uuid("turnos de noche"));
        assertThat(result.categories().get(1).existingCategoryId()).isEqualTo(empty);
        assertThat(result.categories().get(1).codeIds()).isEmpty();
    }

    @Test
    void putsEveryCodeInExactlyOneCategory() {
        List<AnalystFragment> fragments = SyntheticCorpus.generate(8, 30, 5);
        OpenCodingResult coding =
                new KeyPhraseOpenCoder().code(new OpenCodingRequest(Language.ES, fragments, List.of(), List.of()));
        List<AxialCode> codes = coding.codes().stream()
                .map(c -> new AxialCode(
                        SyntheticCorpus.uuid(c.language().code() + c.label()),
                        c.label(),
                        AnalystRun.fragmentIds(c),
                        null))
                .toList();

        AxialGroupingResult result = grouper.group(new AxialGroupingRequest(Language.ES, codes, List.of(), fragments));

        List<UUID> grouped =
                result.categories().stream().flatMap(c -> c.codeIds().stream()).toList();
        assertThat(grouped)
                .hasSameSizeAs(codes)
                .containsExactlyInAnyOrderElementsOf(
                        codes.stream().map(AxialCode::codeId).toList());
        assertThat(result.categories()).hasSizeBetween(2, codes.size() / 2);
        assertThat(result.categories()).allSatisfy(c -> assertThat(c.codeIds()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(result.categories()).extracting(CategoryDraft::name).doesNotHaveDuplicates();
        assertThat(grouper.group(new AxialGroupingRequest(Language.ES, codes, List.of(), fragments)))
                .isEqualTo(result);
    }
}
