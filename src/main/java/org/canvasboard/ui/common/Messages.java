package org.canvasboard.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence the window shows, from one resource bundle ({@code org/canvasboard/ui/messages
 * .properties}). Arguments follow {@link MessageFormat}; plurals use its choice format, e.g.
 * {@code {0,choice,0#no jobs|1#one job|1<{0,number,integer} jobs}}. A second language needs only a
 * new properties file beside it.
 */
public final class Messages {
    private static final String BUNDLE = "org.canvasboard.ui.messages";
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** The sentence under a key, with its arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // formatted even without arguments, so a quote is written '' in every sentence alike
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** True when the bundle holds the key (tests check that every key used exists). */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Switches the language (tests; a language menu one day). */
    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }
}
