package io.skyrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbenchJvmOptionsTest {

    @Test
    void commentsAndBlankLinesAreLeftOut() throws Exception {
        List<String> o = WorkbenchJvmOptions.parse(new BufferedReader(new StringReader(
                "# heading\n\n-XX:Tier4CompileThreshold=150000   # trailing comment\n  -Dx=y  \n#-Dz=1\n")));
        assertEquals(List.of("-XX:Tier4CompileThreshold=150000", "-Dx=y"), o);
    }

    @Test
    void theShippedOptionsAreJvmOptionsTheLauncherCanPass() {
        List<String> o = WorkbenchJvmOptions.read();
        assertTrue(o.contains("-Dprism.forceGPU=true"), o::toString);
        for (String option : o) {
            // the shell launcher splits the file on white space
            assertTrue(option.startsWith("-") && !option.contains(" "), option);
        }
    }

    @Test
    void theUiTestsRunWithTheShippedCompilerOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int start = pom.indexOf("<argLine>");
        int end = pom.indexOf("</argLine>");
        assertTrue(start >= 0 && end > start, "app/pom.xml sets the tests' argLine");
        List<String> argLine = List.of(pom.substring(start + "<argLine>".length(), end).trim().split("\\s+"));
        List<String> jvm = WorkbenchJvmOptions.read().stream().filter(o -> o.startsWith("-XX:")).toList();
        assertEquals(jvm, argLine);
    }

    @Test
    void theLauncherReadsTheSameFile() throws Exception {
        // ./skyrack reads the source file, the benchmark the copy in the jar: one file
        Path source = Path.of("src/main/resources/io/skyrack/app", WorkbenchJvmOptions.RESOURCE);
        assertTrue(Files.isRegularFile(source), source.toAbsolutePath().toString());
        String script = Files.readString(Path.of("../skyrack"));
        assertTrue(script.contains("app/src/main/resources/io/skyrack/app/" + WorkbenchJvmOptions.RESOURCE), script);
    }
}
