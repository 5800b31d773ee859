package org.dipnorm.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dipnorm.importer.hsg.HsgImporter;

/** A progress bar on the terminal's standard error, one bar per task (files read, with a running count). */
final class ConsoleProgress implements HsgImporter.Progress, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void start(String task, int total) {
        close();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void step(String message) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" " + message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
