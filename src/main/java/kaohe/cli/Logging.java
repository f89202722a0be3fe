package kaohe.cli;

/**
 * Sets slf4j-simple's level before the first logger exists. POI's Log4j lines reach slf4j through the
 * log4j-to-slf4j bridge, so this one switch silences library lines, and with --debug shows only their warnings.
 */
final class Logging {

    private Logging() {
    }

    static void configure(boolean debug) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "warn" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    }
}
