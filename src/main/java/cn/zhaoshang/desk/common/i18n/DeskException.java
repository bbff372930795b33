package cn.zhaoshang.desk.common.i18n;

import java.util.Arrays;

/**
 * A failure the user is told about: it carries a bundle key and arguments, not a sentence, so the
 * UI and the command line can both show it in the user's language. The English message is for logs.
 */
public class DeskException extends RuntimeException {
    private final String key;
    private final Object[] args;

    public DeskException(String key, Object... args) {
        this(null, key, args);
    }

    public DeskException(Throwable cause, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
