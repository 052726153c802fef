package org.avrs.recommend.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.avrs.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotesEscapesLineEndsAndLineNumbers() {
        CsvReader r = new CsvReader(new StringReader("\uFEFFa,\"b,c\",\"say \"\"x\"\"\"\r\n\"multi\nline\",2\n\nlast"), "t.csv", ',');
        assertThat(r.next()).containsExactly("a", "b,c", "say \"x\"");
        assertThat(r.line()).isEqualTo(1);
        assertThat(r.next()).containsExactly("multi\nline", "2");
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.next()).containsExactly("");
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.next()).containsExactly("last");
        assertThat(r.next()).isNull();
    }

    @Test
    void unclosedQuoteIsAnError() {
        CsvReader r = new CsvReader(new StringReader("x\n\"open,1\n"), "t.csv", ',');
        r.next();
        assertThatThrownBy(r::next).isInstanceOf(InvalidInputException.class).hasMessageContaining("t.csv")
                .hasMessageContaining("line 2").hasMessageContaining("not closed");
    }

    @Test
    void quotesCanBeOrdinaryCharacters() {
        CsvReader r = new CsvReader(new StringReader("\"Great\" Cats::x\n"), "m.dat", '\u0000', false);
        assertThat(r.next()).containsExactly("\"Great\" Cats::x");
    }
}
