package com.theogen.coding;

import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.interview.AttributeFilter;
import com.theogen.shared.DomainException;
import com.theogen.shared.WireCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;

/**
 * Code matrices of a project (docs/adr/032). The unit counted is the fragment: a cell counts the distinct fragments
 * that carry the row's code (and, for co-occurrence, the column's code too: both codes applied anywhere in the same
 * fragment, whether or not their spans overlap). Rows are the codes with at least one fragment in scope. Reads need
 * the viewer role; a project the user is not a member of is {@code NOT_FOUND}.
 */
public interface CodingMatrices {

    /**
     * A matrix.
     *
     * @throws DomainException {@link MatrixError} (400), {@link CoderError#UNKNOWN_CODER} (400), or the attribute
     *     filter's errors (400)
     */
    Matrix matrix(UUID userId, UUID projectId, MatrixQuery query);

    /**
     * The fragments behind one cell, in transcript order (interviews in upload order), each with the quotes of
     * the row's code (and the column's code for co-occurrence) in scope.
     *
     * @throws DomainException {@link MatrixError#INVALID_MATRIX_CELL} (400) for a row or column the matrix does not
     *     have
     */
    Page<MatrixCellFragment> cell(
            UUID userId, UUID projectId, MatrixQuery query, UUID row, String column, int page, int size);

    /** What the matrix crosses codes with. */
    enum Kind implements WireCode {
        /** code × code: fragments carrying both codes; normalised by Jaccard. */
        COOCCURRENCE,
        /** code × interview: the code's fragments in each interview; normalised as a share of the row. */
        INTERVIEWS,
        /** code × value of one attribute: the code's fragments in interviews with each value; row share. */
        ATTRIBUTE;

        @Override
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws DomainException {@link MatrixError#UNKNOWN_MATRIX_KIND} */
        public static Kind fromCode(String code) {
            return WireCode.byCode(code, values())
                    .orElseThrow(() -> new DomainException(
                            MatrixError.UNKNOWN_MATRIX_KIND,
                            "kind must be one of cooccurrence, interviews, attribute"));
        }
    }

    /**
     * @param attribute the attribute whose values are the columns ({@link Kind#ATTRIBUTE} only)
     * @param coders only applications of these coders; everyone's when empty
     * @param filter only interviews whose attributes pass it
     */
    record MatrixQuery(Kind kind, String attribute, List<UUID> coders, AttributeFilter filter) {

        public MatrixQuery {
            coders = coders == null ? List.of() : List.copyOf(coders);
            filter = filter == null ? AttributeFilter.NONE : filter;
        }
    }

    /**
     * @param normalisation {@code jaccard} (|A∩B| / |A∪B| over fragments) or {@code row_share} (cell / row total)
     * @param cells the cells that are not zero, by row then column
     */
    record Matrix(
            Kind kind,
            @Nullable String attribute,
            @Schema(allowableValues = {"jaccard", "row_share"}) String normalisation,
            List<MatrixRow> rows,
            List<MatrixColumn> columns,
            List<MatrixCell> cells) {}

    /**
     * @param row index into rows
     * @param column index into columns
     * @param count distinct fragments
     * @param normalised the count normalised, rounded to 4 decimals
     */
    record MatrixCell(int row, int column, int count, double normalised) {}

    /** A code: {@code fragments} is how many fragments in scope carry it. */
    record MatrixRow(UUID codeId, String label, @Nullable String color, @Nullable UUID categoryId, int fragments) {}

    /**
     * A column: {@code key} is the code id, the interview id or the attribute value ({@code ""} for interviews
     * without the attribute); {@code fragments} is how many coded fragments in scope fall in it.
     */
    record MatrixColumn(String key, String label, int fragments) {}

    /** A fragment behind a cell. */
    record MatrixCellFragment(
            UUID fragmentId,
            UUID interviewId,
            String interviewLabel,
            int ordinal,
            @Nullable String speaker,
            String text,
            List<MatrixCellQuote> quotes) {}

    /** A quote of a code in the fragment (offsets into the fragment's text). */
    record MatrixCellQuote(
            UUID applicationId,
            UUID codeId,
            String codeLabel,
            String quote,
            int quoteStart,
            int quoteEnd,
            UUID coderId) {}
}
