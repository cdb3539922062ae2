package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.AxialGroupingRequest.AxialCode;
import com.theogen.shared.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ADR 037: two new categories whose names would repeat each other are one category, and say so. */
class NearDuplicateCategoriesTest {

    private static AxialCode code(String label, int fragments) {
        List<UUID> ids = java.util.stream.IntStream.range(0, fragments)
                .mapToObj(i -> UUID.nameUUIDFromBytes((label + i).getBytes()))
                .toList();
        return new AxialCode(UUID.nameUUIDFromBytes(label.getBytes()), label, ids, null);
    }

    @Test
    void categoriesNamedByNestedPhrasesAreMergedAndReported() {
        List<AxialCode> codes = List.of(code("way plots", 4), code("plots", 3), code("nurse visits", 2));
        double[][] unrelated = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        List<AverageLinkage.Cluster> clusters = List.of(
                new AverageLinkage.Cluster(List.of(0), -1),
                new AverageLinkage.Cluster(List.of(1), -1),
                new AverageLinkage.Cluster(List.of(2), -1));
        Map<List<Integer>, List<String>> merged = new HashMap<>();

        List<AverageLinkage.Cluster> result = AgglomerativeAxialGrouper.mergeNearDuplicates(
                clusters, unrelated, codes, Map.of(), Language.EN, merged);

        assertThat(result).hasSize(2);
        assertThat(result.get(0).members()).containsExactlyInAnyOrder(0, 1);
        assertThat(result.get(1).members()).containsExactly(2);
        assertThat(merged.get(result.get(0).members())).containsExactly("Way plots", "Plots");
        assertThat(merged).doesNotContainKey(result.get(1).members());
    }

    @Test
    void categoriesSharingOnlySomeWordsStayApart() {
        List<AxialCode> codes = List.of(code("care home", 3), code("home care", 3), code("respite care", 2));
        double[][] unrelated = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        List<AverageLinkage.Cluster> clusters =
                List.of(new AverageLinkage.Cluster(List.of(0), -1), new AverageLinkage.Cluster(List.of(2), -1));

        List<AverageLinkage.Cluster> result = AgglomerativeAxialGrouper.mergeNearDuplicates(
                clusters, unrelated, codes, Map.of(), Language.EN, new HashMap<>());

        assertThat(result).hasSize(2);
    }
}
