package io.skyrack.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeStylesheetsTest {

    @Test
    void theBuildShipsBothThemesInBinaryForm() {
        for (boolean dark : new boolean[] {false, true}) {
            String ua = ThemeStylesheets.userAgent(dark);
            assertTrue(ua.endsWith(ThemeStylesheets.binaryName(dark)), ua);
        }
    }

    @Test
    void theBinaryFormsHoldTheSameRulesAsTheThemesText() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            URL bss = ThemeStylesheets.class.getResource(ThemeStylesheets.binaryName(dark));
            assertNotNull(bss, ThemeStylesheets.binaryName(dark));
            List<String> binary = rules(Stylesheet.loadBinary(bss));
            List<String> text = rules(new CssParser().parse(ThemeStylesheets.text(dark)));
            assertTrue(text.size() > 500, "rules: " + text.size());
            assertSameRules(text, binary);
        }
    }

    @Test
    void everyUrlInTheThemesIsAbsoluteOrData() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            String css;
            try (var in = ThemeStylesheets.text(dark).openStream()) {
                css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            var m = java.util.regex.Pattern.compile("url\\(\\s*\"?([^\")]*)").matcher(css);
            int n = 0;
            while (m.find()) {
                String u = m.group(1);
                assertTrue(u.startsWith("/") || u.startsWith("data:"), u);
                n++;
            }
            assertTrue(n > 0, "url() values found");
        }
    }

    @Test
    void lightAndDarkDiffer() throws Exception {
        assertNotEquals(rules(Stylesheet.loadBinary(ThemeStylesheets.class.getResource("primer-light.bss"))),
                rules(Stylesheet.loadBinary(ThemeStylesheets.class.getResource("primer-dark.bss"))));
    }

    @Test
    void mainWritesBothFiles(@TempDir Path dir) throws Exception {
        ThemeStylesheets.main(new String[] {dir.toString()});
        for (boolean dark : new boolean[] {false, true}) {
            Path f = dir.resolve(ThemeStylesheets.binaryName(dark));
            assertTrue(Files.size(f) > 100_000, f + " " + Files.size(f));
            assertSameRules(rules(new CssParser().parse(ThemeStylesheets.text(dark))),
                    rules(ThemeStylesheets.loadBinary(f.toFile())));
        }
        try (var s = Files.list(dir)) {
            assertEquals(2, s.count(), "no temporary files left");
        }
    }

    private static void assertSameRules(List<String> expected, List<String> actual) {
        assertEquals(expected.size(), actual.size(), "rules");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "rule " + i);
        }
    }

    /** Each rule as its selectors and its declarations with their values in full. */
    private static List<String> rules(Stylesheet s) {
        return s.getRules().stream().map(ThemeStylesheetsTest::rule).toList();
    }

    private static String rule(Rule r) {
        StringBuilder b = new StringBuilder(r.getSelectors().toString()).append(" {");
        for (Declaration d : r.getDeclarations()) {
            b.append(' ').append(d.getProperty()).append(d.isImportant() ? "!" : "").append('=');
            value(d.getParsedValue(), b);
            b.append(';');
        }
        return b.append(" }").toString();
    }

    private static void value(Object v, StringBuilder b) {
        if (v instanceof ParsedValue<?, ?> p) {
            String converter = p.getConverter() == null ? "" : p.getConverter().getClass().getSimpleName();
            b.append(converter).append('(');
            if (converter.equals("URLConverter") && p.getValue() instanceof ParsedValue<?, ?>[] parts) {
                // {resource, the stylesheet's own URL}: the second differs (the build converts a copy of the
                // text) and is not used, every url() in the themes being absolute or data (checked below)
                value(parts[0], b);
            } else {
                value(p.getValue(), b);
            }
            b.append(')');
        } else if (v instanceof Object[] a) {
            b.append('[');
            for (Object o : a) {
                value(o, b);
                b.append(',');
            }
            b.append(']');
        } else {
            b.append(v);
        }
    }
}
