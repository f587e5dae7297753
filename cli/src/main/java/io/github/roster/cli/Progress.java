package io.github.roster.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows an import's progress: a bar on a terminal, one plain line per request otherwise. */
interface Progress extends AutoCloseable {

    void request(int usersDone, String line);

    @Override
    void close();

    static Progress create(long totalUsers, PrintStream err, boolean terminal) {
        if (!terminal) {
            return new Progress() {
                @Override
                public void request(int usersDone, String line) {
                    err.println(line + " [" + usersDone + "/" + totalUsers + " users]");
                }

                @Override
                public void close() {
                    err.flush();
                }
            };
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(totalUsers)
                .setUnit(" users", 1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        return new Progress() {
            @Override
            public void request(int usersDone, String line) {
                bar.stepTo(usersDone);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
