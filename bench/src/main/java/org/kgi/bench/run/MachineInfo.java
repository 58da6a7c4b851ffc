package org.kgi.bench.run;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The machine a run measured: cores, memory, JDK, OS, load, date. */
record MachineInfo(int cores, long memoryBytes, String jdk, String os, double loadAverage, Instant date) {
    static MachineInfo current() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                os.getSystemLoadAverage(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    String markdown() {
        return String.format("- cores: %d; RAM: %.1f GB; %s; %s%n- load average (1 min) at start: %.2f%n- date: %s%n",
                cores, memoryBytes / 1e9, jdk, os, loadAverage, date);
    }
}
