package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.chain.NodeStrength;
import cn.zhaoshang.desk.chain.ui.MapPng;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.ui.Fonts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `chain-map`: the industry chains with their figures (and how long counting took); with --chain, that
 * chain's gap list as .xlsx and its map as PNG, as the desktop exports them. Not named `chain`: picocli
 * would then refuse `--open chain`, which names the area.
 */
@Command(name = "chain-map", mixinStandardHelpOptions = true,
        description = "List the industry chains with node strengths; export a chain's gap list (.xlsx) or map (.png).")
public final class ChainCommand extends CommandContext {
    @Option(names = "--chain", paramLabel = "NAME", description = "The chain to export (by name).")
    String chainName;

    @Option(names = "--gaps", paramLabel = "FILE.xlsx", description = "Write the chain's gap list here.")
    Path gaps;

    @Option(names = "--png", paramLabel = "FILE.png",
            description = "Draw the chain's map here (use -Dglass.platform=Headless without a display).")
    Path png;

    @Override
    protected Integer run(Services services, PrintWriter out) throws Exception {
        List<Chain> chains = services.chains().chains();
        if (chainName == null) {
            for (Chain chain : chains) {
                long start = System.nanoTime();
                ChainMap map = services.chainMap().map(chain.id());
                long millis = (System.nanoTime() - start) / 1_000_000;
                Map<NodeStrength, Integer> counts = map.strengthCounts();
                out.printf("%-12s nodes %3d  strong %3d  weak %3d  pursuing %3d  gap %3d  (%d ms)%n", chain.name(),
                        map.nodes().size(), counts.get(NodeStrength.STRONG), counts.get(NodeStrength.WEAK),
                        counts.get(NodeStrength.PURSUING), counts.get(NodeStrength.GAP), millis);
            }
            return 0;
        }
        Chain chain = chains.stream().filter(c -> c.name().equals(chainName)).findFirst()
                .orElseThrow(() -> new DeskException("chain.error.chainGone"));
        if (gaps != null) {
            long start = System.nanoTime();
            int n = services.chainMap().exportGaps(chain.id(), gaps, services.messages(), 20, Progress.NONE);
            out.printf("gaps %d → %s (%d ms)%n", n, gaps.toAbsolutePath(), (System.nanoTime() - start) / 1_000_000);
        }
        if (png != null) {
            ChainMap map = services.chainMap().map(chain.id());
            CompletableFuture<WritableImage> drawn = new CompletableFuture<>();
            Platform.startup(() -> {
                Fonts.loadBundled();
                try {
                    drawn.complete(MapPng.render(map, services.messages(), 2));
                } catch (RuntimeException e) {
                    drawn.completeExceptionally(e);
                }
            });
            try {
                MapPng.write(drawn.get(), png);
            } finally {
                Platform.exit();
            }
            out.println("map → " + png.toAbsolutePath());
        }
        return 0;
    }
}
