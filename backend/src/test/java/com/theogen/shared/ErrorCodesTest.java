package com.theogen.shared;

import static com.theogen.shared.ErrorCategory.CONFLICT;
import static com.theogen.shared.ErrorCategory.INVALID_INPUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.shared.ErrorCode.Category;
import com.theogen.shared.ErrorCode.Code;
import com.theogen.shared.ErrorCode.Retriable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** The error codes of every module, read through {@link ErrorCode}'s annotations. */
class ErrorCodesTest {

    @Category(INVALID_INPUT)
    enum Sample implements ErrorCode {
        PLAIN,
        @Code("SAMPLE_RENAMED")
        RENAMED,
        @Category(CONFLICT)
        @Retriable
        BUSY
    }

    enum Uncategorised implements ErrorCode {
        FORGOTTEN
    }

    @Test
    void readsTheSpellingCategoryAndRetriabilityOfEachConstant() {
        assertThat(Sample.PLAIN.code()).isEqualTo("PLAIN");
        assertThat(Sample.PLAIN.category()).isEqualTo(INVALID_INPUT);
        assertThat(Sample.PLAIN.retriable()).isFalse();
        assertThat(Sample.RENAMED.code()).isEqualTo("SAMPLE_RENAMED");
        assertThat(Sample.BUSY.category()).isEqualTo(CONFLICT);
        assertThat(Sample.BUSY.retriable()).isTrue();
    }

    @Test
    void refusesAConstantWithoutACategory() {
        assertThatThrownBy(Uncategorised.FORGOTTEN::category)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FORGOTTEN");
    }

    @Test
    void everyConstantOfEveryModuleHasAWireSpellingAndACategory() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
        List<ErrorCode> codes = new ArrayList<>();
        scanner.findCandidateComponents("com.theogen").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
                .filter(type -> type.isEnum() && type != Uncategorised.class)
                .forEach(type -> codes.addAll(List.of((ErrorCode[]) type.getEnumConstants())));

        assertThat(codes).hasSizeGreaterThan(100);
        for (ErrorCode code : codes) {
            assertThat(code.code()).as(code.name()).matches("[A-Z][A-Z0-9_]+");
            assertThat(code.category()).as(code.name()).isNotNull();
        }
    }
}
