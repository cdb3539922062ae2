package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireCodeTest {

    enum Colour implements WireCode {
        RED,
        DARK_BLUE;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Test
    void findsTheValueWrittenWithItsExactCode() {
        assertThat(WireCode.byCode("red", Colour.values())).contains(Colour.RED);
        assertThat(WireCode.byCode("dark_blue", Colour.values())).contains(Colour.DARK_BLUE);
    }

    @Test
    void readsACodeInAnyCaseWithSurroundingWhitespace() {
        assertThat(WireCode.byCode("Dark_BLUE", Colour.values())).contains(Colour.DARK_BLUE);
        assertThat(WireCode.byCode(" \tred\n", Colour.values())).contains(Colour.RED);
    }

    @Test
    void nullBlankAndUnknownCodesFindNothing() {
        assertThat(WireCode.byCode(null, Colour.values())).isEmpty();
        assertThat(WireCode.byCode("  ", Colour.values())).isEmpty();
        assertThat(WireCode.byCode("green", Colour.values())).isEmpty();
        assertThat(WireCode.byCode("dark blue", Colour.values())).isEmpty();
        assertThat(WireCode.byCode("RED", new Colour[0])).isEmpty();
    }

    enum Sheet implements FileFormat {
        ODS;

        @Override
        public String extension() {
            return "ods";
        }

        @Override
        public String contentType() {
            return "application/vnd.oasis.opendocument.spreadsheet";
        }
    }

    @Test
    void aFileFormatsCodeIsItsExtension() {
        assertThat(Sheet.ODS.code()).isEqualTo("ods");
        assertThat(FileFormat.byCode(" ODS ", Sheet.values())).contains(Sheet.ODS);
        assertThat(FileFormat.byCode("xlsx", Sheet.values())).isEmpty();
    }
}
