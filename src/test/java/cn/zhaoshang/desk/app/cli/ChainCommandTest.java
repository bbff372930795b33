package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(TestDatabases.asDemoAdmin(args), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void listsTheChainsAndExportsAGapList() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "--data-dir", dir.toString(), "chain-map")).isZero();
        assertThat(out.toString()).contains("科技服务业", "数字经济", "都市型工业", "新能源", "健康产业")
                .containsPattern("新能源\\s+nodes\\s+20\\s+strong\\s+0\\s+weak\\s+0\\s+pursuing\\s+0\\s+gap\\s+20");

        Path file = dir.resolve("gaps.xlsx");
        assertThat(run(out, err, "--data-dir", dir.toString(), "chain-map", "--chain", "新能源", "--gaps", file.toString()))
                .isZero();
        assertThat(file).exists();
        assertThat(out.toString()).contains("gaps 20");
    }

    @Test
    void anUnknownChainIsOneLocalisedLine() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "--data-dir", dir.toString(), "chain-map", "--chain", "没有这条链", "--gaps",
                dir.resolve("x.xlsx").toString())).isEqualTo(1);
        assertThat(err.toString().strip().lines().toList()).singleElement().asString().contains("找不到这条产业链");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void theAreaNamedChainStillOpensFromTheCommandLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "chain-map", "--help")).isZero();
        assertThat(out.toString()).contains("Usage:").contains("chain-map");
        assertThat(new picocli.CommandLine(new DeskCommand()).parseArgs("--open", "chain").hasMatchedOption("--open"))
                .isTrue();
    }
}
