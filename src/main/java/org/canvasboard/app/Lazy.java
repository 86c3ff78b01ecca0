package org.canvasboard.app;

import java.util.function.Supplier;

/**
 * A view made the first time it is needed. The editor opens on the canvas; the customer profile,
 * the persona gallery, the comparison and the segment panel wait until they are first shown, so
 * start-up neither builds nor styles them.
 */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> maker;
    private T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        if (maker != null) {
            value = maker.get();
            maker = null;
        }
        return value;
    }
}
