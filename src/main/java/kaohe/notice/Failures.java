package kaohe.notice;

/** Passes on, on the caller's thread, what a thread of the notice writer failed with. */
final class Failures {

    private Failures() {
    }

    /** Throws {@code failure} as it is when it is unchecked, and returns otherwise, also for null. */
    static void throwIfUnchecked(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }
}
