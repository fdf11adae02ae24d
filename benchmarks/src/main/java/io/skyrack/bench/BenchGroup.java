package io.skyrack.bench;

/** One benchmark, belonging to a group that {@code ./skyrack bench GROUP} can select. */
public interface BenchGroup {

    /** @return group name, such as {@code orbit} */
    String group();

    /**
     * Runs the benchmark and reports its lines.
     *
     * @param out where BENCH and RATIO lines go
     * @throws Exception when the benchmark cannot run
     */
    void run(BenchReporter out) throws Exception;
}
